import Foundation
import ReadoutKit
import Testing

/// Breaks one committed record per structural rule and expects that rule at that file and line.
@Suite struct StructuralBreakTests {
    struct Break: CustomTestStringConvertible, Sendable {
        let rule: String
        let file: String
        /// The first line matching this regular expression is replaced.
        let line: String
        let replacement: String
        /// Where the finding lands, relative to the replaced line (an added line is one below).
        var offset = 0
        var testDescription: String { rule }
    }

    static let breaks: [Break] = [
        Break(rule: "schema.type", file: "shared/roles.yaml", line: #"^    start: \d{4}-\d{2}-\d{2}$"#, replacement: "    start: 2013-14-01"),
        Break(rule: "schema.required", file: "shared/actors.yaml", line: #"^    name: "#, replacement: "    name: ~"),
        Break(rule: "schema.enum", file: "shared/actors.yaml", line: #"^    kind: person$"#, replacement: "    kind: leader"),
        Break(rule: "schema.pattern", file: "shared/events.yaml", line: #"^  - id: e-"#, replacement: "  - id: Event 1"),
        Break(rule: "schema.length", file: "sources/s001.yaml", line: #"^    evidence: "#, replacement: "    evidence: ab"),
        Break(rule: "schema.range", file: "sources/s001.yaml", line: #"^    position: 1$"#, replacement: "    position: 0"),
        Break(rule: "schema.unique", file: "sources/s001.yaml", line: #"^    corpus_file: "#, replacement: "    corpus_file: 000_3fab7d42302d284f.txt"),
        Break(rule: "schema.primary-key", file: "sources/s001.yaml", line: #"^  - id: s001-a02$"#, replacement: "  - id: s001-a01"),
        Break(rule: "schema.foreign-key", file: "sources/s001.yaml", line: #"^    event_id: "#, replacement: "    event_id: e-1999-01-01-nothing"),
        Break(rule: "schema.unknown-field", file: "shared/actors.yaml", line: #"^    kind: person$"#,
              replacement: "    kind: person\n    nationality: US", offset: 1),
    ]

    @Test(arguments: breaks)
    func breakingARecordIsFoundAtItsLine(_ change: Break) throws {
        let folder = try TestFolder()
        try FileManager.default.copyItem(atPath: Project.root + "/data", toPath: folder.path + "/data")
        let path = folder.path + "/data/" + change.file
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.range(of: change.line, options: .regularExpression) != nil })
        lines[index] = change.replacement
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data"))
        #expect(validation.hasErrors)
        let expected = "\(path):\(index + 1 + change.offset)"
        let found = validation.findings.filter { $0.ruleID == change.rule }.compactMap { finding in
            finding.location.map { "\($0.file):\($0.line)" }
        }
        #expect(found.contains(expected), "\(found)")
    }

    /// A structure break in an exported CSV table: a finding at its line and cell, and the rest of the
    /// file still checked (a later row's bad kind is found too). Only text that cannot be split into rows
    /// stops the run.
    struct TableBreak: CustomTestStringConvertible, Sendable {
        let rule: String
        /// Line 3 of exports/csv/actors.csv becomes this ("" with `header` to break the header instead).
        let row: String
        var header: String? = nil
        let line: Int
        let column: Int
        var testDescription: String { rule }
    }

    static let tableBreaks: [TableBreak] = [
        TableBreak(rule: "table.extra-cell", row: #""blinken","Antony Blinken","person","US",,,"x""#, line: 3, column: 7),
        TableBreak(rule: "table.missing-cell", row: #""blinken","Antony Blinken","person","US""#, line: 3, column: 5),
        TableBreak(rule: "table.blank-row", row: "", line: 3, column: 1),
        TableBreak(rule: "table.stray-quote", row: #""blinken",Antony "Tony" Blinken,"person","US",,"#, line: 3, column: 2),
        TableBreak(rule: "table.duplicate-label", row: #""blinken","Antony Blinken","person","US",,"#,
                   header: #""id","name","kind","country","state_media","name""#, line: 1, column: 6),
        TableBreak(rule: "table.incorrect-label", row: #""blinken","Antony Blinken","person","US",,"#,
                   header: #""id","title","kind","country","state_media","note""#, line: 1, column: 2),
    ]

    @Test(arguments: tableBreaks)
    func breakingATableIsFoundAtItsCellAndCheckingGoesOn(_ change: TableBreak) throws {
        let folder = try TestFolder()
        try FileManager.default.copyItem(atPath: Project.root + "/exports", toPath: folder.path + "/exports")
        let path = folder.path + "/exports/csv/actors.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        lines[2] = change.row
        if let header = change.header { lines[0] = header }
        // A later row's kind broken too: its schema.enum finding shows the run went on past the break.
        lines[4] = lines[4].replacingOccurrences(of: #""outlet""#, with: #""newspaper""#)
        try lines.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)

        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/exports"))
        #expect(validation.hasErrors)
        let found = validation.findings.filter { $0.ruleID == change.rule }.compactMap { finding in
            finding.location.map { "\($0.file):\($0.line):\($0.column)" }
        }
        #expect(found.contains("\(path):\(change.line):\(change.column)"), "\(found)")
        let later = validation.findings.filter { $0.ruleID == "schema.enum" }.compactMap { $0.location?.line }
        #expect(later.contains(5), "\(later)")
    }

    @Test func anUnclosedQuoteStopsTheRunAtItsLine() throws {
        let folder = try TestFolder()
        try FileManager.default.copyItem(atPath: Project.root + "/exports", toPath: folder.path + "/exports")
        let path = folder.path + "/exports/csv/actors.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        // A quote that opens and never closes swallows the rest of the file: only the last row can hold one
        // here, for every other row's quotes would close it (that is a stray quote, a finding).
        let last = try #require(lines.lastIndex { !$0.isEmpty })
        lines[last] = #""zz","Open quote,"#
        try lines.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Readout.validate(ValidationRequest(
                schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/exports"))
            Issue.record("expected an input error")
        } catch {
            #expect("\(error)".contains("actors.csv:\(last + 1)"), "\(error)")
        }
    }

    @Test func theCommittedDataIsClean() throws {
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: Project.root + "/data",
            corpusFolder: Project.hasCorpus ? Project.corpus : nil))
        #expect(!validation.hasErrors, "\(validation.findings.filter { $0.severity == .error }.map(\.message))")
    }
}
