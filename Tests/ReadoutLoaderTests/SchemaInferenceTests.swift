import Foundation
@testable import ReadoutLoader
import ReadoutModel
import Testing

/// `readout describe`'s inference: each column shape gives one type (and format), the missing values
/// seen, and a candidate primary key; and the files it reads (CSV through libcsv, JSON Lines).
@Suite struct SchemaInferenceTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        let cells: [String?]
        let type: FieldType
        var format: String? = nil
        var testDescription: String { "\(cells) → \(type.rawValue)\(format.map { "/\($0)" } ?? "")" }
    }

    /// CSV texts, nil for an empty unquoted cell.
    static let shapes: [Shape] = [
        Shape(cells: ["1", "-2", "+30"], type: .integer),
        Shape(cells: ["1", "", "3"], type: .integer),
        Shape(cells: ["007", "12"], type: .string),
        Shape(cells: ["1", "2.5", "-1e3", ".5"], type: .number),
        Shape(cells: ["1.", "2"], type: .number),
        Shape(cells: ["1.2.3"], type: .string),
        Shape(cells: ["NaN", "INF"], type: .string),
        Shape(cells: ["true", "False", "TRUE"], type: .boolean),
        Shape(cells: ["0", "1", "1"], type: .integer),
        Shape(cells: ["yes", "no"], type: .string),
        Shape(cells: ["2024-01-26", "1999-12-31"], type: .date),
        Shape(cells: ["2024-02-30"], type: .string),
        Shape(cells: ["26/01/2024", "01/02/2024"], type: .date, format: "%d/%m/%Y"),
        Shape(cells: ["01/26/2024", "02/01/2024"], type: .date, format: "%m/%d/%Y"),
        Shape(cells: ["01/02/2024", "03/04/2024"], type: .string),
        Shape(cells: ["15:00:00", "23:59:59.5"], type: .time),
        Shape(cells: ["24:00:00"], type: .string),
        Shape(cells: ["2024-01-26T15:00:00", "2024-01-26T15:00:00.300-05:00", "2024-01-26T15:00:00Z"], type: .datetime),
        Shape(cells: ["2024-01-26T15:00:60"], type: .string),
        Shape(cells: ["2024-01", "1999-12"], type: .yearmonth),
        Shape(cells: ["2024", "1999"], type: .integer),
        Shape(cells: ["a@example.org", "b.c@mail.example.com"], type: .string, format: "email"),
        Shape(cells: ["https://example.org/a", "ftp://x.org"], type: .string, format: "uri"),
        Shape(cells: ["123e4567-e89b-12d3-a456-426614174000"], type: .string, format: "uuid"),
        Shape(cells: ["cedar", "1"], type: .string),
        Shape(cells: [" 1", "2"], type: .string),
        Shape(cells: [nil, ""], type: .string),
    ]

    @Test(arguments: shapes)
    func aColumnShapeHasOneType(_ shape: Shape) {
        let schema = SchemaInference.schema(columns: ["c"], rows: shape.cells.map { [$0.map(SchemaInference.Cell.text) ?? .null] })
        #expect(schema.fields[0].type == shape.type)
        #expect(schema.fields[0].format == shape.format)
    }

    @Test func jsonValuesKeepTheirKinds() {
        let rows: [[SchemaInference.Cell]] = [
            [.number("1"), .number("1.5"), .boolean(true), .text("2024-01-26"), .text("7"), .array, .object, .number("3")],
            [.number("2"), .number("2"), .null, .text("2024-01-27"), .text("8"), .array, .object, .text("x")],
        ]
        let schema = SchemaInference.schema(columns: ["i", "n", "b", "d", "s", "a", "o", "mixed"], rows: rows)
        #expect(schema.fields.map(\.type) == [.integer, .number, .boolean, .date, .integer, .array, .object, .any])
    }

    @Test func aMissingValueIsDeclaredWhereItLetsAColumnBeTyped() {
        let typed = SchemaInference.schema(columns: ["n", "s"], rows: [[.text("1"), .text("x")], [.text("NA"), .text("y")]])
        #expect(typed.missingValues == ["", "NA"])
        #expect(typed.fields.map(\.type) == [.integer, .string])
        // "NA" among words is a word (Namibia's code, say): not a missing value.
        let words = SchemaInference.schema(columns: ["country"], rows: [[.text("NA")], [.text("FR")]])
        #expect(words.missingValues == [""])
    }

    @Test func theCandidateKeyIsTheFirstUniqueNeverMissingColumn() {
        let rows: [[SchemaInference.Cell]] = [
            [.text("1.5"), .text("a"), .text("k1")], [.text("2.5"), .text("a"), .text("k2")], [.text("3.5"), .text("b"), .text("k3")],
        ]
        #expect(SchemaInference.schema(columns: ["x", "group", "id"], rows: rows).primaryKey == ["id"],
                "numbers are measurements, repeated values are no key")
        let gap = SchemaInference.schema(columns: ["id"], rows: [[.text("k1")], [.text("")]])
        #expect(gap.primaryKey.isEmpty, "a key is never missing")
        #expect(SchemaInference.schema(columns: ["id"], rows: []).primaryKey.isEmpty)
    }

    @Test func aShortRowLacksItsLastCells() {
        let schema = SchemaInference.schema(columns: ["a", "b"], rows: [[.text("1"), .text("2")], [.text("3")]])
        #expect(schema.fields.map(\.type) == [.integer, .integer])
        #expect(schema.primaryKey == ["a"])
    }

    @Test func describesAFolderOfCSVAndJSONLinesFiles() throws {
        let folder = try TestFolder()
        try folder.write("t/people.csv", "id,born,score,note\r\n1,2001-02-03,1.5,\"a, b\"\r\n2,1999-12-31,NA,\r\n")
        try folder.write("t/sub/Visits 2024.jsonl", "{\"who\": 1, \"at\": \"2024-01-26T10:00:00Z\"}\n{\"who\": 2}\n")
        let tables = try TableDescriber.tables(at: folder.path + "/t")
        let package = try TableDescriber.describe(tables)
        #expect(package.resources.map(\.name) == ["people", "visits-2024"])
        let people = try #require(package.resource(named: "people"))
        #expect(people.path == "people.csv")
        #expect(people.schema.fields.map(\.type) == [.integer, .date, .number, .string])
        #expect(people.schema.missingValues == ["", "NA"])
        #expect(people.schema.primaryKey == ["id"])
        let visits = try #require(package.resource(named: "visits-2024"))
        #expect(visits.path == "sub/Visits 2024.jsonl")
        #expect(visits.schema.fields.map(\.name) == ["who", "at"])
        #expect(visits.schema.fields.map(\.type) == [.integer, .datetime])
        let dataset = try TableDescriber.load(tables, package: package)
        #expect(dataset.table(named: "people")?.records.count == 2)
        #expect(dataset.table(named: "people")?.records[1].values[2] == .null)
    }

    @Test func unreadableTablesNameTheFileAndLine() throws {
        let folder = try TestFolder()
        let file = try folder.write("bad.csv", "a,b\n1,\"x\n")
        #expect(throws: InputError.self) { try TableDescriber.describe(try TableDescriber.tables(at: file)) }
        let empty = try TestFolder()
        try empty.write("notes.txt", "hello")
        #expect(throws: InputError(file: empty.path, message: "the folder has no .csv or .jsonl table")) {
            try TableDescriber.tables(at: empty.path)
        }
    }
}
