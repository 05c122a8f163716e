import CSVCodec
import Foundation
import ReadoutExport
@testable import ReadoutKit
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
    }

    private func export() throws {
        try? FileManager.default.removeItem(atPath: folder.path + "/exports")
        try ExportCheck.write(Readout.export(try Readout.validate(request)), to: folder.path + "/exports")
    }

    private var csvFolder: String { folder.path + "/exports/csv" }

    /// The rows of an exported CSV, the header first.
    private func rows(_ table: String) throws -> [[String?]] {
        try CSVReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(csvFolder)/\(table).csv")))).map(\.fields)
    }

    /// Writes rows back as a spreadsheet would save them (every field quoted, CRLF).
    private func write(_ table: String, _ rows: [[String?]]) throws {
        var writer = CSVWriter()
        for row in rows { writer.writeRow(row) }
        try Data(writer.bytes).write(to: URL(fileURLWithPath: "\(csvFolder)/\(table).csv"))
    }

    /// Rewrites one cell of an exported CSV; returns the record's line in the CSV.
    @discardableResult
    private func edit(_ table: String, key: String, field: String, to value: String?) throws -> Int {
        let path = "\(csvFolder)/\(table).csv"
        let parsed = try CSVReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let header = parsed[0].fields.map { $0 ?? "" }
        let column = try #require(header.firstIndex(of: field))
        let index = try #require(parsed.firstIndex { $0.fields.first == key })
        var rows = parsed.map(\.fields)
        rows[index][column] = value
        try write(table, rows)
        return parsed[index].line
    }

    /// A file's lines, split at LF bytes (a CRLF line keeps its CR).
    private func lines(_ path: String) throws -> [String] {
        try Data(contentsOf: URL(fileURLWithPath: path)).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every data file's bytes, by path inside data/.
    private func snapshot() throws -> [String: Data] {
        let data = folder.path + "/data"
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: data) ?? FileManager.DirectoryEnumerator() {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: data + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: data + "/" + relative))
            }
        }
        return files
    }

    private func imported(from source: String? = nil, dropMissingColumns: Bool = false) throws -> TableImport.Imported {
        let outcome = try TableImport.run(from: source ?? folder.path + "/exports", into: request, dropMissingColumns: dropMissingColumns)
        guard case let .imported(imported) = outcome else {
            if case let .refused(validation) = outcome { Issue.record("refused: \(validation.findings.filter(\.isBlocking).map(\.message))") }
            throw CancellationError()
        }
        return imported
    }

    /// Plants an error in one event, so the export leaves it out, and with it every record that refers to it.
    private func breakEvent() throws -> String {
        let path = folder.path + "/data/shared/events.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let anchor = "  - id: e-2021-09-09-biden-xi-call\n"
        let start = try #require(text.range(of: anchor))
        let status = try #require(text.range(of: "    status: occurred\n", range: start.upperBound..<text.endIndex))
        try text.replacingCharacters(in: status, with: "    status: happened\n").write(toFile: path, atomically: true, encoding: .utf8)
        return "e-2021-09-09-biden-xi-call"
    }

    @Test func anUneditedExportImportsAsNoChangeAtAll() throws {
        try export()
        let before = try snapshot()
        let result = try imported()
        #expect(result.files.isEmpty)
        #expect((result.updated, result.added, result.deleted.count) == (0, 0, 0))
        #expect(try snapshot() == before, "every data file byte for byte as it was")
    }

    @Test func recordsTheExportLeftOutAreKeptAndOnlyTheUsersDeletionIsMade() throws {
        let broken = try breakEvent()
        try export()
        let findings = try String(contentsOfFile: folder.path + "/exports/findings.csv", encoding: .utf8)
        #expect(findings.contains(broken))
        #expect(try !rows("events").contains { $0.first == broken }, "the export leaves the broken event out")
        let before = try snapshot()

        // Unedited: every record the export left out (the event and all that refer to it) stays.
        let unedited = try imported()
        #expect(unedited.files.isEmpty)
        #expect(unedited.deleted.isEmpty)
        #expect(unedited.kept.contains { $0.table == "events" && $0.key == broken })
        #expect(unedited.kept.contains { $0.table == "accounts" }, "the cascade is kept too")
        #expect(unedited.leftOutSource.hasSuffix("findings.csv"))
        #expect(try snapshot() == before)

        // A row the user removes is removed, and reported; the left-out records still stay.
        let removed = ["biden-us-president", "US President"]
        try write("role_variants", try rows("role_variants").filter { Array($0.prefix(2)) != removed })
        let edited = try imported()
        #expect(edited.deleted.map(\.key) == ["biden-us-president/US President"])
        #expect(edited.deleted.first?.location?.file.hasSuffix("roles.yaml") == true)
        let reread = try Readout.validate(request)
        #expect(reread.dataset.table(named: "events")?.records.contains { $0.values[0] == .string(broken) } == true)
        #expect(reread.dataset.table(named: "role_variants")?.records.contains { $0.values.prefix(2).compactMap(\.text) == removed } == false)
        #expect(edited.kept.count == unedited.kept.count)
    }

    @Test func theCommandListsEachRemovalAndRefusesAMissingColumnWithExitTwo() throws {
        _ = try breakEvent()
        try export()
        try write("role_variants", try rows("role_variants").filter { Array($0.prefix(2)) != ["biden-us-president", "US President"] })
        let arguments = ["import", "--from", folder.path + "/exports", "--data", folder.path + "/data",
                         "--schema", Project.root + "/schema/datapackage.json"]
        let cli = CommandLineTests()
        let run = try cli.run(arguments)
        #expect(run.status == 0)
        #expect(run.output.contains("removed role_variants biden-us-president/US President (\(folder.path)/data/shared/roles.yaml:"))
        #expect(run.output.contains("the export left out, untouched (\(folder.path)/exports/findings.csv)"))
        #expect(run.output.contains("0 changed, 0 new and 1 removed records"))

        let table = try rows("events")
        let column = try #require(table[0].firstIndex(of: "location"))
        try write("events", table.map { row in var row = row; row.remove(at: column); return row })
        let refused = try cli.run(arguments)
        #expect(refused.status == 2)
        #expect(refused.error.contains("exports/csv/events.csv:1: no column 'location'"))
        let dropped = try cli.run(arguments + ["--drop-missing-columns"])
        #expect(dropped.status == 0)
        #expect(dropped.output.contains("dropped field events.location from every record (--drop-missing-columns)"))
    }

    @Test func aFindingsTableThatCannotSayWhatWasLeftOutIsRefused() throws {
        _ = try breakEvent()
        try export()
        let path = folder.path + "/exports/findings.csv"
        let parsed = try CSVReader.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))).map(\.fields)
        let column = try #require(parsed[0].firstIndex(of: "excluded"))
        var writer = CSVWriter()
        for row in parsed { var row = row; row.remove(at: column); writer.writeRow(row) }
        try Data(writer.bytes).write(to: URL(fileURLWithPath: path))
        let before = try snapshot()
        #expect {
            _ = try TableImport.run(from: folder.path + "/exports", into: request)
        } throws: { error in
            guard case let .input(input) = error as? ImportError else { return false }
            return input.file == path && input.message.contains("no column 'excluded'")
        }
        #expect(try snapshot() == before)
    }

    @Test func withoutAFindingsTableWhatAnExportWouldLeaveOutIsKept() throws {
        let broken = try breakEvent()
        try export()
        let single = try TestFolder()
        try FileManager.default.copyItem(atPath: csvFolder + "/events.csv", toPath: single.path + "/events.csv")
        let before = try snapshot()
        let result = try imported(from: single.path)
        #expect(result.kept.map(\.key) == [broken])
        #expect(result.deleted.isEmpty)
        #expect(try snapshot() == before)
    }

    @Test func aOneCellEditChangesExactlyOneLine() throws {
        try export()
        let path = folder.path + "/data/shared/events.yaml"
        let before = try lines(path)
        try edit("events", key: "e-2021-09-09-biden-xi-call", field: "date_to", to: "2021-09-10")
        let result = try imported()
        #expect((result.updated, result.added, result.deleted.count) == (1, 0, 0))
        #expect(result.files.map { ($0 as NSString).lastPathComponent } == ["events.yaml"])
        let after = try lines(path)
        #expect(after.count == before.count)
        #expect(zip(before, after).filter { $0 != $1 }.map(\.1) == ["    date_to: 2021-09-10"])
    }

    @Test func aCRLFFileKeepsItsLineEnds() throws {
        let path = folder.path + "/data/shared/events.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingAll("\n", with: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        try export()
        let before = try lines(path)
        #expect(try imported().files.isEmpty)
        try edit("events", key: "e-2021-09-09-biden-xi-call", field: "date_to", to: "2021-09-10")
        #expect(try imported().updated == 1)
        let after = try lines(path)
        #expect(zip(before, after).filter { $0 != $1 }.map(\.1) == ["    date_to: 2021-09-10\r"])
        #expect(after.count == before.count)
    }

    @Test func aFlowStyleRecordKeepsItsStyle() throws {
        let path = folder.path + "/data/shared/actors.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingAll("  - id: biden\n    name: Joe Biden\n    kind: person\n    country: US\n",
                                 with: "  - {id: biden, name: Joe Biden, kind: person, country: US}  # flow\n")
        text = text.replacingAll("  - id: xi\n    name: Xi Jinping\n    kind: person\n    country: CN\n",
                                 with: "  - {id: xi, name: 'Xi Jinping',\n     kind: person, country: CN}\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try export()
        let before = try lines(path)
        try edit("actors", key: "biden", field: "name", to: "Joseph R. Biden, Jr.")
        try edit("actors", key: "biden", field: "state_media", to: "false")
        try edit("actors", key: "xi", field: "country", to: nil)
        let result = try imported()
        #expect(result.updated == 2)
        let after = try lines(path)
        let changed = zip(before, after).filter { $0 != $1 }.map(\.1)
        // A value replaced (quoted: a comma), a pair added in schema order, a pair removed with its comma.
        #expect(changed == ["  - {id: biden, name: \"Joseph R. Biden, Jr.\", kind: person, country: US, state_media: false}  # flow",
                            "     kind: person}"])
        let actors = try #require(try Readout.validate(request).dataset.table(named: "actors"))
        let biden = try #require(actors.records.first { $0.values[0] == .string("biden") })
        #expect(biden.values.contains(.string("Joseph R. Biden, Jr.")))
    }

    @Test func aTableWrittenAsOneFlowListIsRefusedRatherThanRewrittenWrongly() throws {
        let path = folder.path + "/data/shared/actors.yaml"
        try "actors: [{id: xi, name: Xi Jinping, kind: person}, {id: biden, name: Joe Biden, kind: person}]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.path + "/data/sources")
        try FileManager.default.removeItem(atPath: folder.path + "/data/shared/roles.yaml")
        try FileManager.default.removeItem(atPath: folder.path + "/data/reviewed.yaml")
        try export()
        #expect(try imported().files.isEmpty, "unedited, nothing needs rewriting")
        try edit("actors", key: "biden", field: "name", to: "Joseph Biden")
        let before = try snapshot()
        #expect {
            _ = try TableImport.run(from: folder.path + "/exports", into: request)
        } throws: { error in
            guard case let .input(input) = error as? ImportError else { return false }
            return input.file == path && input.message.contains("flow list")
        }
        #expect(try snapshot() == before)
    }

    @Test func aTableWithoutAColumnIsRefusedUnlessTheFieldIsDropped() throws {
        try export()
        let table = try rows("actors")
        let column = try #require(table[0].firstIndex(of: "country"))
        try write("actors", table.map { row in var row = row; row.remove(at: column); return row })
        let before = try snapshot()
        #expect {
            _ = try TableImport.run(from: folder.path + "/exports", into: request)
        } throws: { error in
            guard case let .input(input) = error as? ImportError else { return false }
            return input.file.hasSuffix("exports/csv/actors.csv") && input.message.contains("no column 'country'")
                && input.message.contains("--drop-missing-columns")
        }
        #expect(try snapshot() == before, "a refused import writes nothing")

        let dropped = try imported(dropMissingColumns: true)
        #expect(dropped.droppedFields == ["actors.country"])
        let actors = try #require(try Readout.validate(request).dataset.table(named: "actors"))
        let country = try #require(actors.schema.index(of: "country"))
        #expect(actors.records.allSatisfy { $0.values[country].isNull })
        #expect(try !String(contentsOfFile: folder.path + "/data/shared/actors.yaml", encoding: .utf8).contains("country:"))
    }

    @Test func aJSONLinesRecordWithoutAKeyIsRefusedAtItsLine() throws {
        try export()
        let single = try TestFolder()
        let jsonLines = try String(contentsOfFile: folder.path + "/exports/jsonl/actors.jsonl", encoding: .utf8)
        try single.write("actors.jsonl", jsonLines)
        #expect(try imported(from: single.path).files.isEmpty, "unedited JSON Lines change nothing")
        var lines = jsonLines.components(separatedBy: "\n")
        lines[2] = lines[2].replacingAll(",\"country\":\"US\"", with: "")
        try single.write("actors.jsonl", lines.joined(separator: "\n"))
        #expect {
            _ = try TableImport.run(from: single.path, into: request)
        } throws: { error in
            guard case let .input(input) = error as? ImportError else { return false }
            return input.file.hasSuffix("actors.jsonl") && input.line == 3 && input.message.contains("no key 'country'")
        }
    }

    @Test func columnsAreMatchedByNameInWhateverOrderTheyCome() throws {
        try export()
        try write("actors", try rows("actors").map { Array($0.reversed()) })
        let before = try snapshot()
        let result = try imported()
        #expect((result.files, result.updated) == ([], 0))
        #expect(try snapshot() == before)
    }

    @Test func aFieldTheImportedDescriptorLacksIsRefusedToo() throws {
        try export()
        let descriptor = folder.path + "/exports/datapackage.json"
        let text = try String(contentsOfFile: descriptor, encoding: .utf8)
        // The export's descriptor loses the field, and its table the column: nothing says "country" any more.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var resources = try #require(object["resources"] as? [[String: Any]])
        let position = try #require(resources.firstIndex { $0["name"] as? String == "actors" })
        var schema = try #require(resources[position]["schema"] as? [String: Any])
        schema["fields"] = (schema["fields"] as? [[String: Any]])?.filter { $0["name"] as? String != "country" }
        resources[position]["schema"] = schema
        var edited = object
        edited["resources"] = resources
        try JSONSerialization.data(withJSONObject: edited).write(to: URL(fileURLWithPath: descriptor))
        let table = try rows("actors")
        let column = try #require(table[0].firstIndex(of: "country"))
        try write("actors", table.map { row in var row = row; row.remove(at: column); return row })
        #expect(throws: ImportError.self) { _ = try TableImport.run(from: folder.path + "/exports", into: request) }
    }

    @Test func anEditedCSVIsValidatedAtItsLinesAndARefusedImportWritesNothing() throws {
        try export()
        let before = try snapshot()
        let line = try edit("accounts", key: "s002-a01", field: "event_id", to: "e-1999-nothing")
        let exports = ValidationRequest(schemaPath: request.schemaPath, dataFolder: folder.path + "/exports")
        let foreignKey = try #require(try Readout.validate(exports).findings.first { $0.ruleID == "schema.foreign-key" })
        #expect(foreignKey.location?.file.hasSuffix("exports/csv/accounts.csv") == true)
        #expect(foreignKey.location?.line == line)
        guard case .refused = try TableImport.run(from: folder.path + "/exports", into: request) else {
            Issue.record("an import that does not validate structurally must be refused")
            return
        }
        #expect(try snapshot() == before)
    }

    @Test func aMultiLineValueIsWrittenOnOneLine() throws {
        try export()
        try edit("events", key: "e-2021-09-09-biden-xi-call", field: "location", to: "by telephone,\nfrom Washington")
        _ = try imported()
        #expect(try lines(folder.path + "/data/shared/events.yaml").contains("    location: \"by telephone,\\nfrom Washington\""))
        let event = try #require(try Readout.validate(request).dataset.table(named: "events")?.records.first {
            $0.values[0] == .string("e-2021-09-09-biden-xi-call")
        })
        #expect(event.values.contains(.string("by telephone,\nfrom Washington")))
    }

    @Test func newAndRemovedRecordsGoWhereTheyBelong() throws {
        try export()
        var table = try rows("participants").filter { !($0.first == "s003-a01" && $0.dropFirst().first == "trump") }
        table.append(["s002-a01", "blinken", nil, nil])
        try write("participants", table)
        let single = try TestFolder()
        try FileManager.default.copyItem(atPath: csvFolder + "/participants.csv", toPath: single.path + "/participants.csv")
        let result = try imported(from: single.path)
        #expect((result.added, result.deleted.map(\.key)) == (1, ["s003-a01/trump"]))
        #expect(Set(result.files.map { ($0 as NSString).lastPathComponent }) == ["s002.yaml", "s003.yaml"])
        let keys = try Readout.validate(request).dataset.table(named: "participants")?.records
            .map { $0.values.prefix(2).compactMap(\.text).joined(separator: "/") } ?? []
        #expect(keys.contains("s002-a01/blinken"))
        #expect(!keys.contains("s003-a01/trump"))
    }
}
