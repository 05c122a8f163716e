import CSVCodec
import Foundation
import ReadoutKit
import ReadoutModel
import Testing

/// A spreadsheet user's round trip: export, edit a CSV, validate it, import it back into the YAML.
@Suite struct TableImportTests {
    let folder: TestFolder
    let request: ValidationRequest

    init() throws {
        folder = try TestFolder()
        try FileManager.default.copyItem(atPath: Project.root + "/data", toPath: folder.path + "/data")
        request = ValidationRequest(schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data")
        try ExportCheck.write(Readout.export(try Readout.validate(request)), to: folder.path + "/exports")
    }

    /// Rewrites one cell of an exported CSV, as a spreadsheet would save it (every field quoted, CRLF).
    private func edit(_ table: String, key: String, field: String, to value: String) throws -> Int {
        let path = "\(folder.path)/exports/csv/\(table).csv"
        let rows = try CSVReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let header = rows[0].fields.map { $0 ?? "" }
        let column = try #require(header.firstIndex(of: field))
        let index = try #require(rows.firstIndex { $0.fields.first == key })
        var writer = CSVWriter()
        for (position, row) in rows.enumerated() {
            var fields = row.fields
            if position == index { fields[column] = value }
            writer.writeRow(fields)
        }
        try Data(writer.bytes).write(to: URL(fileURLWithPath: path))
        return rows[index].line
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    }

    @Test func anEditedCSVIsValidatedAtItsLinesAndImportedAsJustThatChange() throws {
        let before = try lines(folder.path + "/data/shared/events.yaml")
        _ = try edit("events", key: "e-2021-09-09-biden-xi-call", field: "location", to: "by telephone,\nfrom Washington")
        let line = try edit("accounts", key: "s002-a01", field: "event_id", to: "e-1999-nothing")
        let exports = ValidationRequest(schemaPath: request.schemaPath, dataFolder: folder.path + "/exports")
        let broken = try Readout.validate(exports)
        let foreignKey = try #require(broken.findings.first { $0.ruleID == "schema.foreign-key" })
        #expect(foreignKey.location?.file.hasSuffix("exports/csv/accounts.csv") == true)
        #expect(foreignKey.location?.line == line)

        guard case .refused = try TableImport.run(from: folder.path + "/exports", into: request) else {
            Issue.record("an import that does not validate structurally must be refused")
            return
        }
        #expect(try lines(folder.path + "/data/shared/events.yaml") == before, "a refused import writes nothing")

        _ = try edit("accounts", key: "s002-a01", field: "event_id", to: "e-2021-09-09-biden-xi-call")
        _ = try edit("events", key: "e-2021-09-09-biden-xi-call", field: "date_to", to: "2021-09-10")
        guard case let .imported(files, updated, added, deleted) = try TableImport.run(from: folder.path + "/exports", into: request) else {
            Issue.record("expected the import to run")
            return
        }
        #expect((updated, added, deleted) == (1, 0, 0))
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["events.yaml"])
        let after = try lines(folder.path + "/data/shared/events.yaml")
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(after.count == before.count, "two fields changed in place")
        #expect(changed.count == 2)
        #expect(after.contains("    location: \"by telephone,\\nfrom Washington\""))
        #expect(after.contains("    date_to: 2021-09-10"))
        // The YAML now holds what the CSV held.
        let reread = try Readout.validate(request)
        let event = try #require(reread.dataset.table(named: "events")?.records.first { $0.values[0] == .string("e-2021-09-09-biden-xi-call") })
        #expect(event.values.contains(.string("by telephone,\nfrom Washington")))
    }

    @Test func newAndRemovedRecordsGoWhereTheyBelong() throws {
        let path = "\(folder.path)/exports/csv/participants.csv"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += "\"s002-a01\",\"blinken\",,\r\n"
        text = text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("\"s003-a01\",\"trump\"") }.joined(separator: "\r\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let single = try TestFolder()
        try FileManager.default.copyItem(atPath: path, toPath: single.path + "/participants.csv")
        guard case let .imported(files, _, added, deleted) = try TableImport.run(from: single.path, into: request) else {
            Issue.record("expected the import to run")
            return
        }
        #expect((added, deleted) == (1, 1))
        #expect(Set(files.map { ($0 as NSString).lastPathComponent }) == ["s002.yaml", "s003.yaml"])
        let reread = try Readout.validate(request)
        let keys = reread.dataset.table(named: "participants")?.records.map { $0.values.prefix(2).compactMap(\.text).joined(separator: "/") } ?? []
        #expect(keys.contains("s002-a01/blinken"))
        #expect(!keys.contains("s003-a01/trump"))
    }
}
