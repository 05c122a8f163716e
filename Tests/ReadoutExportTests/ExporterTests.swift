import ReadoutExport
import ReadoutModel
import Testing

@Suite struct ExporterTests {
    /// Tables of very different sizes, so the workers finish out of order.
    static var tables: [Table] {
        let schema = TableSchema(fields: [Field(name: "id", type: .integer), Field(name: "text", type: .string)], primaryKey: ["id"])
        return [3, 2_000, 0, 50, 7_000, 1].enumerated().map { position, size in
            Table(name: "t\(position)", schema: schema, records: (0..<size).map { row in
                Fixtures.record([.integer(row), .string(row % 3 == 0 ? "=\(row)" : "row \(row)")], line: row + 1)
            })
        }
    }

    @Test func filesComeInTableOrderEachAsItsWriterRendersIt() {
        let options = ExportOptions(formulaGuard: true, byteOrderMark: true)
        let findings = FindingsTable.table([], excluded: [])
        let files = Exporter.render(package: DataPackage(resources: []), tables: Self.tables, findings: findings, options: options)
        let expected = (Self.tables + [findings]).flatMap { table in
            [CSVTableWriter.render(table, options: options), JSONLinesTableWriter.render(table)]
        }
        #expect(files.map(\.path) == Self.tables.flatMap { ["csv/\($0.name).csv", "jsonl/\($0.name).jsonl"] }
            + ["findings.csv", "findings.jsonl", "datapackage.json"])
        #expect(Array(files.map(\.bytes).dropLast()) == expected)
    }

    @Test func noTablesGiveOnlyTheDescriptor() {
        let files = Exporter.render(package: DataPackage(resources: []), tables: [], findings: nil, options: ExportOptions())
        #expect(files.map(\.path) == ["datapackage.json"])
    }
}
