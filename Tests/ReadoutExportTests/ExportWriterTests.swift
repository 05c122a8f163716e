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
        changed[0].bytes += Array("\"p3\"\r\n".utf8)
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
            #expect(error.message.contains("cannot write"))
        }
        #expect(onDisk("csv/people.csv") == "\"id\"\r\n\"p1\"\r\n")
        #expect(onDisk("csv/quotes.csv") == "\"id\"\r\n\"q1\"\r\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/csv")
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}
