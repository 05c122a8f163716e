import ReadoutExport
import ReadoutModel
import Testing

@Suite struct JSONLinesTableWriterTests {
    @Test func writesEveryKeyInSchemaOrderWithTypedValues() throws {
        let table = try #require(Fixtures.dataset.table(named: "people"))
        let lines = String(decoding: JSONLinesTableWriter.render(table), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"id":"p2","name":"=HYPERLINK(\"x\")","born":null,"score":-1.5,"rank":-3,"active":true,"year":2024}"#)
        #expect(lines[1] == #"{"id":"p1","name":"Xi’s, \"red line\"\nnext","born":"2024-04-02","score":null,"rank":1,"active":false,"year":null}"#)
    }

    /// Each record as JSONValue.compact writes it, as the writer did before it wrote bytes.
    static func viaJSONValue(_ table: Table) -> String {
        table.records.map { record in
            JSONValue.object(zip(table.schema.fields, record.values).map { field, value in
                switch value {
                case .null: return (field.name, .null)
                case let .integer(number), let .year(number): return (field.name, .integer(number))
                case let .number(number) where number.isFinite: return (field.name, .number(number))
                case let .boolean(flag): return (field.name, .bool(flag))
                default: return (field.name, value.text.map(JSONValue.string) ?? .null)
                }
            }).compact + "\n"
        }.joined()
    }

    @Test func writesWhatJSONValueWrites() throws {
        let schema = TableSchema(fields: [
            Field(name: "text", type: .string), Field(name: "number", type: .number), Field(name: "integer", type: .integer),
            Field(name: "when", type: .datetime), Field(name: "month", type: .yearmonth), Field(name: "odd \"key\"\n", type: .string),
        ])
        let texts = ["", "\"\\\u{0}\u{1F}\u{7F}", "a\u{2028}b\u{2029}", "習近平 🇨🇳 e\u{301}", "\r\n\t\u{08}\u{0C}"]
        let numbers: [Double] = [0, -0.0, 1.5, -2, 1e15, 1e20, 0.1 + 0.2, 123456789.125, .infinity]
        let table = Table(name: "mixed", schema: schema, records: (0..<20).map { row in
            Fixtures.record([
                .string(texts[row % texts.count]), row % 4 == 0 ? .null : .number(numbers[row % numbers.count]),
                .integer(row % 3 == 0 ? Int.min : -row * 1_000_003), FieldCaster(field: schema.fields[3], missingValues: []).cast("2024-04-02T10:00:00Z"),
                .yearMonth(year: 2024, month: row % 12 + 1), row % 5 == 0 ? .invalid("not \"it\"") : .boolean(row % 2 == 0),
            ], line: row + 1)
        })
        #expect(String(decoding: JSONLinesTableWriter.render(table), as: UTF8.self) == Self.viaJSONValue(table))
        for table in Fixtures.dataset.tables {
            #expect(String(decoding: JSONLinesTableWriter.render(table), as: UTF8.self) == Self.viaJSONValue(table))
        }
    }

    @Test func writesObjectsArraysListsAndGeopointsAsJSON() {
        let fields = [
            Field(name: "object", type: .object), Field(name: "array", type: .array),
            Field(name: "list", type: .list, itemType: .integer), Field(name: "point", type: .geopoint, format: "array"),
            Field(name: "place", type: .geopoint), Field(name: "big", type: .integer), Field(name: "nan", type: .number),
            Field(name: "huge", type: .number),
        ]
        let raws = [#"{"a": [1, "x"]}"#, "[true, null]", "1,2", "[90.5, 45]", "90.5, 45", "123456789012345678901234567890", "NaN", "1e400"]
        let values = zip(fields, raws).map { FieldCaster(field: $0, missingValues: []).cast($1) }
        let table = Table(name: "shapes", schema: TableSchema(fields: fields), records: [Fixtures.record(values, line: 1)])
        #expect(String(decoding: JSONLinesTableWriter.render(table), as: UTF8.self)
            == #"{"object":{"a":[1,"x"]},"array":[true,null],"list":[1,2],"point":[90.5,45],"place":"90.5, 45","big":123456789012345678901234567890,"nan":"NaN","huge":1e400}"# + "\n")
    }

    @Test func aTableWithoutFieldsWritesEmptyObjects() {
        let table = Table(name: "bare", schema: TableSchema(fields: []), records: [Fixtures.record([], line: 1)])
        #expect(JSONLinesTableWriter.render(table) == Array("{}\n".utf8))
    }
}
