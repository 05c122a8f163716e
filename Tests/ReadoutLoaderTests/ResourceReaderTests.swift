import Foundation
@testable import ReadoutLoader
import ReadoutModel
import Testing

/// Data Resource properties: `path` as an array, `encoding`, `bytes`, `hash`, `format`.
@Suite struct ResourceReaderTests {
    private let schema = TableSchema(fields: [Field(name: "id", type: .string), Field(name: "name", type: .string)])

    private func resource(encoding: String? = nil, bytes: Int? = nil, hash: String? = nil, format: String? = "csv") -> DataPackage.Resource {
        DataPackage.Resource(name: "t", paths: ["t.csv"], schema: schema, format: format, encoding: encoding, bytes: bytes, hash: hash)
    }

    private func names(_ table: Table) -> [String?] { table.records.map { $0.values[1].text } }

    static let text = "id,name\n1,é\n"
    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        Array(text.utf16).flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return littleEndian ? [low, high] : [high, low]
        }
    }
    static let latin1: [UInt8] = Array("id,name\n1,".utf8) + [0xE9, 0x0A]
    static let encodings: [(String, [UInt8])] = [
        ("utf-8", Array(text.utf8)),
        ("UTF-16", [0xFF, 0xFE] + utf16(text, littleEndian: true)),
        ("utf-16be", utf16(text, littleEndian: false)),
        ("latin-1", latin1),
        ("windows-1252", latin1),
    ]

    /// Data Resource "encoding": decoded to the same text whatever the declared encoding.
    @Test(arguments: encodings)
    func decodesTheDeclaredEncoding(encoding: String, bytes: [UInt8]) throws {
        let table = try ResourceReader.table(contents: [("t.csv", bytes)], resource: resource(encoding: encoding), unguard: false,
                                             descriptor: nil, progress: nil)
        #expect(names(table) == ["é"])
    }

    @Test func bytesNotInTheEncodingStopAtTheirLine() {
        do {
            _ = try ResourceReader.table(contents: [("t.csv", Array("id,name\n1,".utf8) + [0x81, 0x0A])],
                                         resource: resource(encoding: "windows-1252"), unguard: false, descriptor: nil, progress: nil)
            Issue.record("expected an input error")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func anUnknownEncodingIsRefusedByName() {
        #expect(throws: InputError.self) {
            try ResourceReader.table(contents: [("t.csv", Array("id\n".utf8))], resource: resource(encoding: "ebcdic"),
                                     unguard: false, descriptor: "datapackage.json", progress: nil)
        }
    }

    /// Data Resource "bytes" and "hash" (MD5 by default, `algorithm:hex` otherwise).
    @Test func bytesAndHashAreCheckedWhenGiven() throws {
        let text = Array("id,name\n1,a\n".utf8)
        let good = try ResourceReader.table(contents: [("t.csv", text)], resource: resource(bytes: text.count,
            hash: "sha256:" + "1ce9b5ac8d8ba5b5ec7c9a1e70fd16c1e8e9ec6f6db6c51a19beb7b0b20b6e4a"), unguard: false, descriptor: nil, progress: nil)
        #expect(good.issues.map(\.kind) == [.resourceHash], "the sha256 above is not the text's")
        let md5 = try ResourceReader.table(contents: [("t.csv", text)], resource: resource(bytes: 3, hash: "f00"),
                                           unguard: false, descriptor: nil, progress: nil)
        #expect(md5.issues.map(\.kind) == [.resourceBytes, .resourceHash])
        #expect(throws: InputError.self) {
            try ResourceReader.table(contents: [("t.csv", text)], resource: resource(hash: "crc32:00"), unguard: false,
                                     descriptor: nil, progress: nil)
        }
    }

    /// Data Resource "path" as an array: the files concatenated, locations in each file.
    @Test func multipartResourcesAreOneTableInOrder() throws {
        let table = try ResourceReader.table(contents: [("a.csv", Array("id,name\n1,a\n".utf8)), ("b.csv", Array("2,b\n3\n".utf8))],
                                             resource: resource(), unguard: false, descriptor: nil, progress: nil)
        #expect(names(table) == ["a", "b", nil])
        #expect(table.records[1].location == SourceLocation(file: "b.csv", line: 1, column: 1, record: 2))
        #expect(table.issues == [TableIssue(.missingCell, at: SourceLocation(file: "b.csv", line: 2, column: 2, record: 3), field: "name")])
    }

    private func json(_ text: String, format: String = "json", _ configure: (inout Dialect) -> Void = { _ in }) throws -> Table {
        var given = resource(format: format)
        configure(&given.dialect)
        return try ResourceReader.table(contents: [("t." + format, Array(text.utf8))], resource: given, unguard: false,
                                        descriptor: nil, progress: nil)
    }

    /// Table Dialect "itemType": array rows, the first the header; ragged rows are issues at their cell.
    @Test func structuredJSONArraysOfArrays() throws {
        let table = try json("""
            [
              ["id", "name"],
              ["1", "apple"],
              ["2"]
            ]
            """)
        #expect(table.format == .json)
        #expect(names(table) == ["apple", nil])
        #expect(table.records[0].location == SourceLocation(file: "t.json", line: 3, column: 1, record: 1))
        #expect(table.records[0].valueLocations[1] == SourceLocation(file: "t.json", line: 3, column: 9, record: 1))
        #expect(table.issues == [TableIssue(.missingCell, at: SourceLocation(file: "t.json", line: 4, column: 2, record: 2), field: "name")])
    }

    /// Table Dialect "property" and "itemKeys".
    @Test func structuredJSONPropertyAndItemKeys() throws {
        let table = try json(#"{"meta": {"x": [1]}, "rows": [{"name": "apple", "id": "1", "count": 2}, {"id": "2"}]}"#) { dialect in
            dialect.property = "rows"
            dialect.itemKeys = ["id", "name"]
        }
        #expect(table.records.map { $0.values.map(\.text) } == [["1", "apple"], ["2", nil]])
        #expect(table.issues.isEmpty)
        let objects = try json(#"{"rows": [{"id": "1", "name": "apple"}]}"#) { $0.property = "rows" }
        #expect(names(objects) == ["apple"])
        #expect(throws: InputError.self) { try json(#"{"data": []}"#) { $0.property = "rows" } }
        #expect(throws: InputError.self) { try json(#"[{"id": "1"}, ["1"]]"#) }
    }

    /// JSON Lines rows that are arrays: the first line is the header (Table Dialect "header").
    @Test func jsonLinesOfArrays() throws {
        let table = try json("[\"name\", \"id\"]\n[\"apple\", \"1\", \"x\"]\n", format: "jsonl")
        #expect(table.issues.map(\.kind) == [.incorrectLabel, .incorrectLabel, .extraCell])
        #expect(table.issues.last?.location == SourceLocation(file: "t.jsonl", line: 2, column: 16, record: 1))
        let headless = try json("[\"1\", \"apple\"]\n", format: "jsonl") { $0.header = false }
        #expect(names(headless) == ["apple"])
    }
}
