import Foundation
import ReadoutExport
import ReadoutModel
import Testing

@Suite struct ExportWriterTests {
    let folder = NSTemporaryDirectory() + "readout-export-" + UUID().uuidString

    private func render() -> [ExportFile] {
        let dataset = Fixtures.dataset
        return Exporter.render(package: dataset.package, tables: dataset.tables,
                               findings: FindingsTable.table([], excluded: []), options: ExportOptions())
    }

    /// Files whose bytes the tests know without rendering anything: what is on disk after a write is
    /// compared with these, never with a second rendering of the same data.
    static let old = [
        ExportFile(path: "csv/people.csv", text: "\"id\"\r\n\"p1\"\r\n"),
        ExportFile(path: "csv/quotes.csv", text: "\"id\"\r\n\"q1\"\r\n"),
        ExportFile(path: "datapackage.json", text: "{\"name\": \"old\"}\n"),
    ]
    static let new = [
        ExportFile(path: "csv/people.csv", text: "\"id\"\r\n\"p1\"\r\n\"p2\"\r\n"),
        ExportFile(path: "csv/quotes.csv", text: "\"id\"\r\n\"q2\"\r\n"),
        ExportFile(path: "datapackage.json", text: "{\"name\": \"new\"}\n"),
    ]

    private func onDisk(_ path: String) -> String? {
        FileManager.default.contents(atPath: folder + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func renderingIsDeterministicAndComplete() {
        let first = render()
        #expect(first == render())
        #expect(first.map(\.path) == [
            "csv/people.csv", "jsonl/people.jsonl", "csv/quotes.csv", "jsonl/quotes.jsonl",
            "findings.csv", "findings.jsonl", "datapackage.json",
        ])
        // No findings: the findings table is its header alone, every column name quoted, CRLF; JSON Lines, nothing.
        let header = FindingsTable.schema.fields.map { "\"\($0.name)\"" }.joined(separator: ",") + "\r\n"
        #expect(first.first { $0.path == "findings.csv" }?.bytes == Array(header.utf8))
        #expect(first.first { $0.path == "findings.jsonl" }?.bytes == [])
    }

    @Test func writesAndThenFindsNothingStale() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ExportWriter.write(Self.old, to: folder)
        #expect(onDisk("csv/people.csv") == "\"id\"\r\n\"p1\"\r\n")
        #expect(onDisk("datapackage.json") == "{\"name\": \"old\"}\n")
        #expect(ExportWriter.stale(Self.old, in: folder).isEmpty)
        var changed = Self.old
        changed[0] = ExportFile(path: changed[0].path, bytes: changed[0].bytes + Array("\"p3\"\r\n".utf8))
        changed.append(ExportFile(path: "csv/missing.csv", text: "\"id\"\r\n"))
        #expect(ExportWriter.stale(changed, in: folder) == ["csv/people.csv", "csv/missing.csv"])
        try ExportWriter.write(Self.new, to: folder)
        #expect(onDisk("csv/quotes.csv") == "\"id\"\r\n\"q2\"\r\n")
        #expect(ExportWriter.stale(Self.old, in: folder) == Self.old.map(\.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/csv").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// A rename that fails stops the write there: files renamed before it are new, the failing one and
    /// those after it keep their old bytes, and no temporary file is left (StagedFolder, which the
    /// export uses, swaps whole folders instead).
    @Test func aFileThatCannotBeReplacedFailsWithItsPathAndLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ExportWriter.write(Self.old, to: folder)
        // A folder where a file should go cannot be replaced by rename(2), even by root.
        try FileManager.default.removeItem(atPath: folder + "/csv/quotes.csv")
        try FileManager.default.createDirectory(atPath: folder + "/csv/quotes.csv/blocked", withIntermediateDirectories: true)
        do {
            try ExportWriter.write(Self.new, to: folder)
            Issue.record("expected an output error")
        } catch {
            #expect(error.path.hasSuffix("csv/quotes.csv"))
            #expect(error.message.contains("cannot replace"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/csv")
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(onDisk("csv/people.csv") == "\"id\"\r\n\"p1\"\r\n\"p2\"\r\n")
        #expect(onDisk("datapackage.json") == "{\"name\": \"old\"}\n")
    }

    @Test func aFileThatCannotBeWrittenReplacesNoFileAtAll() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ExportWriter.write(Self.old, to: folder)
        // A folder at the last file's temporary name: its write fails after the others were written.
        let blocker = folder + "/.datapackage.json.\(ProcessInfo.processInfo.processIdentifier).tmp/blocked"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
        do {
            try ExportWriter.write(Self.new, to: folder)
            Issue.record("expected an output error")
        } catch {
            #expect(error.path.hasSuffix("datapackage.json"))
            #expect(error.message == "cannot create the file: is a directory")
        }
        #expect(onDisk("csv/people.csv") == "\"id\"\r\n\"p1\"\r\n")
        #expect(onDisk("csv/quotes.csv") == "\"id\"\r\n\"q1\"\r\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/csv")
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// A table of 3 MB: written and compared in chunks, never whole.
    static let bigTable = Table(name: "quotes", schema: Fixtures.quotes,
                                records: (0..<200_000).map { Fixtures.record([.string("q\($0)"), .null, .null], line: $0 + 2) })
    static let bigCSV = "\"id\",\"person_id\",\"text\"\r\n" + (0..<200_000).map { "\"q\($0)\",,\r\n" }.joined()

    @Test func aBigTableGoesOutInChunksOfAboutTheChunkSize() throws {
        var sizes: [Int] = []
        var all: [UInt8] = []
        CSVTableWriter.stream(Self.bigTable, options: ExportOptions()) { chunk in
            sizes.append(chunk.count)
            all.append(contentsOf: chunk)
            return true
        }
        #expect(String(decoding: all, as: UTF8.self) == Self.bigCSV)
        #expect(sizes.count == Self.bigCSV.utf8.count / ExportFile.chunkSize + 1)
        // Every chunk but the last is the chunk size plus at most the row that filled it.
        #expect(sizes.dropLast().allSatisfy { $0 >= ExportFile.chunkSize && $0 < ExportFile.chunkSize + 16 })
        var lines: [UInt8] = []
        var lineChunks = 0
        JSONLinesTableWriter.stream(Self.bigTable) { chunk in
            lineChunks += 1
            lines.append(contentsOf: chunk)
            return true
        }
        let expectedLines = (0..<200_000).map { "{\"id\":\"q\($0)\",\"person_id\":null,\"text\":null}\n" }.joined()
        #expect(String(decoding: lines, as: UTF8.self) == expectedLines)
        #expect(lineChunks == expectedLines.utf8.count / ExportFile.chunkSize + 1)
        // A consumer that stops after the first chunk gets no second one.
        var calls = 0
        let file = ExportFile(path: "csv/quotes.csv") { CSVTableWriter.stream(Self.bigTable, options: ExportOptions(), to: $0) }
        #expect(!file.stream { _ in
            calls += 1
            return false
        })
        #expect(calls == 1)
    }

    @Test func aBigFileIsStaleWhenItDiffersAfterTheFirstChunkOrRunsOn() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = ExportFile(path: "csv/quotes.csv") { CSVTableWriter.stream(Self.bigTable, options: ExportOptions(), to: $0) }
        try ExportWriter.write([file], to: folder)
        #expect(onDisk("csv/quotes.csv") == Self.bigCSV)
        #expect(ExportWriter.stale([file], in: folder).isEmpty)
        let bytes = Array(Self.bigCSV.utf8)
        var changed = bytes
        changed[bytes.count - 3] = UInt8(ascii: "x")
        for disk in [changed, bytes + [0x0A], Array(bytes.dropLast())] {
            try Data(disk).write(to: URL(fileURLWithPath: folder + "/csv/quotes.csv"))
            #expect(ExportWriter.stale([file], in: folder) == ["csv/quotes.csv"])
        }
    }
}
