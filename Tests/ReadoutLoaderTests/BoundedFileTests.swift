import CSVCodec
import Foundation
@testable import ReadoutLoader
import ReadoutModel
import Testing

/// Lines bounded as a file is read, files bounded by their size, and the JSON Lines bounds.
@Suite struct BoundedFileTests {
    private let message = "the line is longer than 8 bytes, the most readout reads in one line"

    @Test func aFileOfShortLinesIsReadWhole() throws {
        let folder = try TestFolder()
        let text = "id,name\r\n1,abcdef\r\n" + String(repeating: "2,abc\n", count: 1000)
        let file = try folder.write("t.csv", text)
        #expect(try BoundedFile.read(file, lineLimit: 8) == Array(text.utf8))
    }

    /// The line is named (lines counted by LF, as the readers count them); a bare CR ends a line too.
    @Test func aLongLineIsRefusedNamingIt() throws {
        let folder = try TestFolder()
        let file = try folder.write("t.csv", "id\n1\n" + String(repeating: "a", count: 9) + "\n")
        #expect(throws: InputError(file: file, line: 3, message: message)) { try BoundedFile.read(file, lineLimit: 8) }
        let crOnly = try folder.write("cr.csv", Array(repeating: "1,abcd", count: 20).joined(separator: "\r"))
        #expect(try BoundedFile.read(crOnly, lineLimit: 8).count == 20 * 6 + 19)
    }

    /// A line that passes the limit across the chunks the file is read in (1 MiB).
    @Test func aLineLongerThanAChunkIsRefused() throws {
        let folder = try TestFolder()
        let file = try folder.write("t.jsonl", Data("{}\n".utf8) + Data(repeating: 0x61, count: 3 << 20))
        #expect(throws: InputError(file: file, line: 2, message: "the line is longer than 2 MiB, the most readout reads in one line")) {
            try BoundedFile.read(file, lineLimit: 2 << 20)
        }
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: InputError(file: "/nonexistent/t.csv", message: "no such file")) {
            try BoundedFile.read("/nonexistent/t.csv", lineLimit: nil)
        }
    }

    @Test func aResourceFileWithALongLineIsRefused() throws {
        let folder = try TestFolder()
        let file = try folder.write("t.csv", "id,name\n1,abcdefghi\n")
        let resource = DataPackage.Resource(name: "t", paths: ["t.csv"], schema: TableSchema(fields: [Field(name: "id", type: .string), Field(name: "name", type: .string)]))
        let limits = InputLimits(line: 8, cell: 8, cellsPerRow: 8, documentFile: 8)
        #expect(throws: InputError(file: file, line: 2, message: message)) {
            try ResourceReader.table(files: [file], resource: resource, unguard: true, descriptor: nil, progress: nil, limits: limits)
        }
    }

    @Test func jsonLinesLinesAndRowsAreBounded() throws {
        let schema = TableSchema(fields: [Field(name: "id", type: .string)])
        let limits = InputLimits(line: 16, cell: 16, cellsPerRow: 2, documentFile: 16)
        let long = Array((#"{"id": "1"}"# + "\n" + #"{"id": "123456789"}"#).utf8)
        #expect(throws: InputError(file: "t.jsonl", line: 2, column: 1, message: "the line is longer than 16 bytes, the most readout reads in one line")) {
            try JSONLinesTableReader.read(long, origin: LineOrigin(file: "t.jsonl"), schema: schema, limits: limits)
        }
        let wide = Array("[1, 2]\n[1, 2, 3]\n".utf8)
        #expect(throws: InputError(file: "t.jsonl", line: 2, column: 8, message: "invalid JSON: the row has more than 2 cells, the most readout reads in one row")) {
            try JSONLinesTableReader.read(wide, origin: LineOrigin(file: "t.jsonl"), schema: schema, limits: limits)
        }
    }

    @Test func descriptorsAndSchemaFilesAreRefusedByTheirSize() throws {
        let folder = try TestFolder()
        let descriptor = try folder.write("datapackage.json", #"{"resources": [{"name": "t", "path": "t.csv", "schema": "schema.json"}]}"#)
        let schema = #"{"fields": [{"name": "id", "description": ""# + String(repeating: "x", count: 100) + #""}]}"#
        let schemaFile = try folder.write("schema.json", schema)
        func limits(_ bytes: Int) -> InputLimits { InputLimits(line: 8, cell: 8, cellsPerRow: 8, documentFile: bytes) }
        #expect(throws: InputError(file: descriptor, message: "the file is 72 bytes; readout reads descriptors of up to 64 bytes")) {
            try DescriptorLoader.load(path: descriptor, limits: limits(64))
        }
        #expect(throws: InputError(file: SafePath.display("schema.json", in: folder.path),
                                   message: "the file is \(schema.utf8.count) bytes; readout reads schema and dialect files of up to 80 bytes")) {
            try DescriptorLoader.load(path: descriptor, limits: limits(80))
        }
        #expect(try DescriptorLoader.load(path: descriptor, limits: limits(200)).resources.count == 1)
        #expect(FileManager.default.fileExists(atPath: schemaFile))
    }

    /// A YAML data file above the standard 16 MiB is refused by its size, before it is parsed.
    @Test func aLargeYAMLDataFileIsRefusedByItsSize() throws {
        let folder = try TestFolder()
        let package = DataPackage(resources: [DataPackage.Resource(name: "t", schema: TableSchema(fields: [Field(name: "id", type: .string)]))])
        let file = try folder.write("data/t.yaml", Data("t:\n".utf8) + Data(repeating: 0x20, count: 16 << 20))
        #expect(throws: InputError(file: file, message: "the file is 16.0 MiB; readout reads YAML data files of up to 16 MiB")) {
            try RecordLoader(package: package).load(folder: folder.path + "/data")
        }
        try folder.write("data/t.yaml", "t:\n  - {id: a}\n")
        #expect(try RecordLoader(package: package).load(folder: folder.path + "/data").tables[0].records.count == 1)
    }
}
