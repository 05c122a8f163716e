import CSVCodec
import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

/// CSV and JSON Lines tables as input: conformance with RFC 4180, hostile files, Data Packages.
@Suite struct TableFolderLoaderTests {
    let package: DataPackage

    init() throws {
        package = try DescriptorLoader.load(path: Project.schema)
    }

    private func load(_ files: [String: String]) throws -> Dataset {
        let folder = try TestFolder()
        for (name, text) in files { try folder.write("tables/" + name, text) }
        return try TableFolderLoader.load(folder: folder.path + "/tables", package: package)
    }

    private func failure(_ files: [String: [UInt8]]) throws -> InputError? {
        let folder = try TestFolder()
        for (name, bytes) in files { try folder.write("tables/" + name, Data(bytes)) }
        do {
            _ = try TableFolderLoader.load(folder: folder.path + "/tables", package: package)
            return nil
        } catch {
            return error
        }
    }

    private func actors(_ dataset: Dataset) -> [[String?]] {
        dataset.table(named: "actors")?.records.map { $0.values.map(\.text) } ?? []
    }

    /// Each case: CSV text, and the id/name/kind/country cells it must read as.
    @Test(arguments: [
        ("id,name,kind\r\nxi,Xi Jinping,person\r\n", [["xi", "Xi Jinping", "person"]]),
        ("id,name,kind\nxi,\"Xi, Jinping\",person\n", [["xi", "Xi, Jinping", "person"]]),
        ("id,name,kind\nxi,\"Xi \"\"the\"\" leader\",person", [["xi", "Xi \"the\" leader", "person"]]),
        ("id,name,kind\nxi,\"two\nlines\",person\n\n", [["xi", "two\nlines", "person"]]),
        ("\u{FEFF}id,name,kind\nxi,Xi,person\n", [["xi", "Xi", "person"]]),
        ("id,name,kind\r\nxi,Xi,person\nli,Li,person\r\n", [["xi", "Xi", "person"], ["li", "Li", "person"]]),
        ("id,name,kind\nxi,'=Xi,person\n", [["xi", "=Xi", "person"]]),
    ])
    func csvConformance(text: String, expected: [[String]]) throws {
        let rows = actors(try load(["actors.csv": text])).map { Array($0.prefix(3)).map { $0 ?? "" } }
        #expect(rows == expected)
    }

    @Test func quotedNewlinesKeepPhysicalLinesAndRecordNumbers() throws {
        let dataset = try load(["actors.csv": "id,name,kind\nxi,\"a\nb\nc\",person\nli,Li,leader\n"])
        let record = try #require(dataset.table(named: "actors")?.records.last)
        #expect(record.location.line == 5)
        #expect(record.location.record == 2)
        #expect(record.valueLocations[2]?.column == 3)
    }

    /// Only text that cannot be split into rows is an error; ragged rows, stray quotes and duplicated
    /// labels are table issues (see TableStructureTests).
    @Test(arguments: [
        ("id,name,kind\nxi,\"open,person\n", 2, "unclosed quote"),
    ])
    func textThatCannotBeSplitIntoRowsIsAnErrorWithItsLine(text: String, line: Int, message: String) throws {
        let error = try #require(try failure(["actors.csv": Array(text.utf8)]))
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func raggedRowsAndDuplicateLabelsAreIssuesAndReadingGoesOn() throws {
        let dataset = try load(["actors.csv": "id,id,kind\nxi,Xi\nli,Li,person\n"])
        let table = try #require(dataset.table(named: "actors"))
        #expect(table.records.count == 2)
        #expect(table.format == .csv)
        #expect(table.issues.map(\.kind).contains(.duplicateLabel))
        #expect(table.issues.contains { $0.kind == .missingCell && $0.location.line == 2 && $0.location.column == 3 })
    }

    @Test func nonUTF8AndNULBytes() throws {
        let latin1 = try #require(try failure(["actors.csv": Array("id,name,kind\nxi,".utf8) + [0xE9, 0x0A]]))
        #expect(latin1.message.contains("UTF-8"))
        let jsonl = try #require(try failure(["actors.jsonl": Array("{\"id\": \"x\"}\n{\"id\": \"".utf8) + [0xFF] + Array("\"}\n".utf8)]))
        #expect(jsonl.line == 2)
        let nul = try load(["actors.csv": "id,name,kind\nxi,X\u{0}i,person\n"])
        #expect(actors(nul).first?[1] == "X\u{0}i", "a NUL inside a field is data, kept and exported escaped")
    }

    @Test func jsonLinesTypesAndLocations() throws {
        let dataset = try load(["attribution_links.jsonl": """
            {"statement_id": "s001-q01", "position": 1, "as_written": "CCTV"}

            {"statement_id": "s001-q01", "position": 99999999999999999999999, "as_written": "x", "extra": true}
            {"statement_id": "s001-q01", "position": "2", "as_written": 5}
            """])
        let records = try #require(dataset.table(named: "attribution_links")?.records)
        #expect(records.count == 3)
        #expect(records[0].values[1] == .integer(1))
        #expect(records[1].values[1] == .bigInteger("99999999999999999999999"), "integers of any size")
        #expect(records[1].location.line == 3)
        #expect(records[1].unknownFields.map(\.name) == ["extra"])
        #expect(records[2].values[1] == .integer(2), "a string holding a number casts like CSV text")
        #expect(records[2].values[3] == .invalid("5"), "a number where text is expected")
    }

    @Test func jsonLineThatIsNotAnObjectOrHasDuplicateKeys() throws {
        let array = try #require(try failure(["actors.jsonl": Array("{\"id\": \"xi\"}\n[1]\n".utf8)]))
        #expect(array.line == 2)
        #expect(array.message.contains("an array where the rows are objects"))
        let duplicate = try #require(try failure(["actors.jsonl": Array("{\"id\": \"xi\", \"id\": \"li\"}\n".utf8)]))
        #expect(duplicate.column == 14)
    }

    @Test func unknownTableFileAndTwoFilesForOneTable() throws {
        #expect(try failure(["people.csv": Array("id\n".utf8)])?.message.contains("unknown table 'people'") == true)
        #expect(try failure(["actors.csv": Array("id\n".utf8), "actors.jsonl": []])?.message.contains("keep one file") == true)
    }

    /// A cell as long as its line allows (a line of 64 MiB) is read whole; `make limits` tries longer ones.
    @Test func aCellAsLongAsALineMayBeIsOneField() throws {
        let long = String(repeating: "a", count: InputLimits.standard.line - "xi,\"\",person".utf8.count)
        let dataset = try load(["actors.csv": "id,name,kind\nxi,\"" + long + "\",person\n"])
        #expect(dataset.table(named: "actors")?.records.first?.values[1].text?.utf8.count == long.utf8.count)
    }

    @Test func dataPackageResourcesMustStayInTheirFolder() throws {
        let folder = try TestFolder()
        try folder.write("pkg/datapackage.json", #"{"resources": [{"name": "a", "path": "../a.csv", "schema": {"fields": [{"name": "id"}]}}]}"#)
        #expect(throws: InputError.self) { try TableFolderLoader.load(folder: folder.path + "/pkg", package: package) }
    }
}
