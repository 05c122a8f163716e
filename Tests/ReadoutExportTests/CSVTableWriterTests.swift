import CSVCodec
import ReadoutExport
import ReadoutModel
import Testing

@Suite struct CSVTableWriterTests {
    @Test func guardsTextFormulasButNotNumbers() throws {
        let table = try #require(Fixtures.dataset.table(named: "people"))
        let rows = try CSVReader.parse(CSVTableWriter.render(table, options: ExportOptions()))
        #expect(rows[0].fields == ["id", "name", "born", "score", "rank", "active", "year"])
        #expect(rows[1].fields[1] == "'=HYPERLINK(\"x\")")
        #expect(rows[1].fields[3] == "-1.5")
        #expect(rows[1].fields[4] == "-3")
    }

    @Test func guardCanBeTurnedOff() throws {
        let table = try #require(Fixtures.dataset.table(named: "people"))
        let rows = try CSVReader.parse(CSVTableWriter.render(table, options: ExportOptions(formulaGuard: false)))
        #expect(rows[1].fields[1] == "=HYPERLINK(\"x\")")
    }

    @Test func everyValueReadsBackThroughLibcsvAsTheSameValue() throws {
        for table in Fixtures.dataset.tables {
            let rows = try CSVReader.parse(CSVTableWriter.render(table, options: ExportOptions(byteOrderMark: true)))
            let casters = table.schema.fields.map { FieldCaster(field: $0, missingValues: []) }
            let readBack = rows.dropFirst().map { row in
                zip(casters, row.fields).map { caster, cell -> Value in
                    guard let cell else { return .null }
                    return caster.cast(caster.field.type == .string ? FormulaGuard.unguarded(cell) : cell)
                }
            }
            #expect(readBack == table.records.map(\.values), "\(table.name)")
        }
    }

    @Test func emptyStringAndNullAreWrittenApart() throws {
        let table = try #require(Fixtures.dataset.table(named: "quotes"))
        let text = String(decoding: CSVTableWriter.render(table, options: ExportOptions()), as: UTF8.self)
        #expect(text.hasSuffix("\"q2\",\"p1\",\"\"\r\n"))
        let people = try #require(Fixtures.dataset.table(named: "people"))
        let peopleText = String(decoding: CSVTableWriter.render(people, options: ExportOptions()), as: UTF8.self)
        #expect(peopleText.contains("\"true\",\"2024\"\r\n\"p1\""))
        #expect(peopleText.contains("\"2024-04-02\",,\"1\""))
    }

    @Test func writesTheExactBytes() throws {
        let people = try #require(Fixtures.dataset.table(named: "people"))
        #expect(String(decoding: CSVTableWriter.render(people, options: ExportOptions()), as: UTF8.self) == """
            "id","name","born","score","rank","active","year"\r
            "p2","'=HYPERLINK(""x"")",,"-1.5","-3","true","2024"\r
            "p1","Xi’s, ""red line""
            next","2024-04-02",,"1","false",\r

            """)
    }
}
