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

    @Test func renderingIsDeterministicAndComplete() {
        let first = render(), second = render()
        #expect(first == second)
        #expect(first.map(\.path) == [
            "csv/people.csv", "jsonl/people.jsonl", "csv/quotes.csv", "jsonl/quotes.jsonl",
            "findings.csv", "findings.jsonl", "datapackage.json",
        ])
    }

    @Test func writesAndThenFindsNothingStale() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = render()
        try ExportWriter.write(files, to: folder)
        #expect(ExportWriter.stale(files, in: folder).isEmpty)
        var changed = files
        changed[0].bytes += Array("\"p3\"\r\n".utf8)
        #expect(ExportWriter.stale(changed, in: folder) == ["csv/people.csv"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/csv").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFileThatCannotBeReplacedFailsWithItsPathAndLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = render()
        try ExportWriter.write(files, to: folder)
        // A folder where a file should go cannot be replaced by rename(2), even by root.
        try FileManager.default.removeItem(atPath: folder + "/csv/quotes.csv")
        try FileManager.default.createDirectory(atPath: folder + "/csv/quotes.csv/blocked", withIntermediateDirectories: true)
        do {
            try ExportWriter.write(files, to: folder)
            Issue.record("expected an output error")
        } catch {
            #expect(error.path.hasSuffix("csv/quotes.csv"))
            #expect(error.message.contains("cannot replace"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/csv")
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(FileManager.default.contents(atPath: folder + "/csv/people.csv").map { [UInt8]($0) } == files[0].bytes)
    }

    @Test func aFileThatCannotBeWrittenReplacesNoFileAtAll() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = render()
        try ExportWriter.write(files, to: folder)
        var changed = files
        changed[1].bytes = Array("{\"id\":\"changed\"}\n".utf8)
        // A folder at the last file's temporary name: its write fails after the others were written.
        let blocker = folder + "/.datapackage.json.\(ProcessInfo.processInfo.processIdentifier).tmp/blocked"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
        do {
            try ExportWriter.write(changed, to: folder)
            Issue.record("expected an output error")
        } catch {
            #expect(error.path.hasSuffix("datapackage.json"))
            #expect(error.message.contains("cannot write"))
        }
        #expect(FileManager.default.contents(atPath: folder + "/jsonl/people.jsonl").map { [UInt8]($0) } == files[1].bytes)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/jsonl")
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}
