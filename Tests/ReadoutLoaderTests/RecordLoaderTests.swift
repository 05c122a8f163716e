import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

extension RecordLoader {
    /// The error of reading `text` as the YAML file bad.yaml; nil when it reads.
    func error(loading text: String) -> InputError? {
        do {
            _ = try load(yaml: text, file: "bad.yaml")
            return nil
        } catch {
            return error
        }
    }
}

@Suite struct RecordLoaderTests {
    let loader: RecordLoader

    init() throws {
        loader = RecordLoader(package: try DescriptorLoader.load(path: Project.schema))
    }

    private func loadError(_ text: String) -> InputError? { loader.error(loading: text) }

    @Test func keepsTheLocationOfEveryValueAndCastsByType() throws {
        let dataset = try loader.load(yaml: """
            # people
            actors:
              - id: xi
                name: Xi Jinping
                kind: person
            attribution_links:
              - statement_id: s001-q01
                position: 2
                as_written: "  CCTV "
            """, file: "a.yaml")
        let actors = try #require(dataset.table(named: "actors"))
        let record = try #require(actors.records.first)
        #expect(record.location == SourceLocation(file: "a.yaml", line: 3, column: 5))
        #expect(record.valueLocations[1] == SourceLocation(file: "a.yaml", line: 4, column: 11))
        #expect(record.values[1] == .string("Xi Jinping"))
        let link = try #require(dataset.table(named: "attribution_links")?.records.first)
        #expect(link.values[1] == .integer(2))
        #expect(link.values[3] == .string("  CCTV "), "strings are kept as written")
    }

    @Test func nullsAndQuotedTextAreTold() throws {
        let dataset = try loader.load(yaml: """
            actors:
              - id: xi
                name: ~
                kind: 'null'
            """, file: "a.yaml")
        let record = try #require(dataset.table(named: "actors")?.records.first)
        #expect(record.values[1] == .null)
        #expect(record.values[2] == .string("null"))
    }

    @Test func unknownFieldsAreKeptForTheRule() throws {
        let dataset = try loader.load(yaml: "actors:\n  - id: xi\n    nmae: Xi\n", file: "a.yaml")
        let record = try #require(dataset.table(named: "actors")?.records.first)
        #expect(record.unknownFields == [Record.UnknownField(name: "nmae", location: SourceLocation(file: "a.yaml", line: 3, column: 5))])
    }

    @Test(arguments: [
        ("actors:\n  - id: xi\n   name: Xi\n", 3, "invalid YAML"),
        ("actors:\n  - id: \"xi\n", 3, "invalid YAML"),
        ("actors:\n\t- id: xi\n", 2, "invalid YAML"),
        ("- id: xi\n", 1, "must map table names"),
        ("people:\n  - id: xi\n", 1, "unknown table 'people'"),
        ("actors:\n  id: xi\n", 2, "must hold a list"),
        ("actors:\n  - xi\n", 2, "must be a mapping"),
        ("actors:\n  - id: xi\n    id: xj\n", 2, "duplicate key 'id'"),
        ("actors:\n  - &a {id: xi}\n  - *a\n", 2, "anchors and aliases"),
        ("", 1, "empty"),
        ("# only a comment\n", 1, "empty"),
    ])
    func badInputIsAnErrorWithItsLine(text: String, line: Int, message: String) throws {
        let error = try #require(loadError(text))
        #expect(error.file == "bad.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.message.first?.isLowercase == true, "messages start in lowercase")
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...20 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let error = try #require(loadError(text))
        #expect(error.message.contains("anchors and aliases"))
    }

    @Test func fileThatIsNotUTF8IsNamedWithItsLine() throws {
        let folder = try TestFolder()
        try folder.write("data/a.yaml", Data("actors:\n  - id: x".utf8) + Data([0xC3, 0x28, 0x0A]))
        do {
            _ = try loader.load(folder: folder.path + "/data")
            Issue.record("expected an error")
        } catch {
            #expect(error.file.hasSuffix("data/a.yaml"))
            #expect(error.line == 2)
            #expect(error.message.contains("UTF-8"))
        }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: InputError.self) { try loader.load(folder: "/nonexistent/readout-data") }
    }

    @Test func filesAreReadInPathOrder() throws {
        let folder = try TestFolder()
        try folder.write("data/b.yaml", "actors:\n  - id: b\n")
        try folder.write("data/sub/a.yaml", "actors:\n  - id: c\n")
        try folder.write("data/a.yaml", "actors:\n  - id: a\n")
        try folder.write("data/notes.txt", "not data")
        let dataset = try loader.load(folder: folder.path + "/data")
        let ids = dataset.table(named: "actors")?.records.map { $0.values[0].text ?? "" }
        #expect(ids == ["a", "b", "c"])
    }

    /// A data folder given as a symbolic link is read through it, not listed as empty.
    @Test func aDataFolderGivenAsALinkIsRead() throws {
        let folder = try TestFolder()
        try folder.write("real/a.yaml", "actors:\n  - id: a\n")
        try folder.write("real/sub/b.yaml", "actors:\n  - id: b\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/data", withDestinationPath: folder.path + "/real")
        let dataset = try loader.load(folder: folder.path + "/data")
        let ids = dataset.table(named: "actors")?.records.map { $0.values[0].text ?? "" }
        #expect(ids == ["a", "b"])
        #expect(dataset.table(named: "actors")?.records.first?.location.file.hasPrefix(folder.path + "/data/") == true)
    }
}

/// The event reader refuses what composing the whole file would, in the same order and places.
@Suite struct YAMLEventReaderTests {
    let loader: RecordLoader

    init() throws {
        loader = RecordLoader(package: try DescriptorLoader.load(path: Project.schema))
    }

    private func loadError(_ text: String) -> InputError? { loader.error(loading: text) }

    @Test(arguments: [
        // Duplicates are listed in order, at the first place of the first one.
        ("actors:\n  - {b: 1, a: 2, b: 3, a: 4}\n", 2, 12, "duplicate key 'a', 'b' in one mapping"),
        ("actors:\n  - {!!str 1: a, 1: b}\n", 2, 6, "duplicate key '1'"),
        ("actors:\n  - {? [a, b]: 1, ? [a, b]: 2}\n", 2, 8, "duplicate key '<uncovertable>'"),
        // Invalid YAML anywhere comes before a misplaced table, list or record earlier in the file.
        ("people:\n  - id: x\nactors:\n  - id: \"y\n", 5, 1, "invalid YAML"),
        ("actors:\n  - xi\n  - {id: a, id: b}\n", 3, 6, "duplicate key 'id'"),
        ("actors: []\n---\nactors: []\n", 2, 1, "invalid YAML: expected a single document in the stream: but found another document"),
        ("actors:\n  - *x\n", 2, 5, "invalid YAML: found undefined alias"),
        // An anchor error names the anchored node read last, and comes before misplaced records.
        ("actors:\n  - &a {id: xi}\n  - &b {id: xj}\n  - xk\n", 3, 5, "anchors and aliases"),
        ("actors:\n  - &a {id: xi}\n  - {id: *a}\n", 2, 5, "anchors and aliases"),
        ("actors:\n  - id: " + String(repeating: "[", count: 1_200) + String(repeating: "]", count: 1_200) + "\n", 2, 10,
         "invalid YAML: while parsing: Maximum nesting level reached"),
    ] as [(String, Int, Int, String)])
    func refusalsComeInTheComposersOrder(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(loadError(text))
        #expect(error.line == line, "\(error)")
        #expect(error.column == column, "\(error)")
        #expect(error.message.hasPrefix(message), "\(error)")
    }

    @Test func keysOfOtherTypesAreOtherKeys() throws {
        let dataset = try loader.load(yaml: "actors:\n  - {!!int 1: a, 1: b, id: x}\n", file: "a.yaml")
        let record = try #require(dataset.table(named: "actors")?.records.first)
        #expect(record.unknownFields.map(\.name) == ["1", "1"])
    }

    @Test func flowRecordsValuesAndNullsReadAsBlockOnes() throws {
        let dataset = try loader.load(yaml: """
            actors: [{id: a, name: !!str null, kind: "null"}, {id: b, name: [x], kind: {k: v}}]
            sources: ~
            """, file: "a.yaml")
        let records = try #require(dataset.table(named: "actors")?.records)
        #expect(records.count == 2)
        #expect(records[0].values[1] == .null, "a plain null is null whatever its tag")
        #expect(records[0].values[2] == .string("null"))
        #expect(records[0].location == SourceLocation(file: "a.yaml", line: 1, column: 10))
        #expect(records[1].values[1] == .invalid("(a list)"))
        #expect(records[1].values[2] == .invalid("(a mapping)"))
        #expect(records[1].valueLocations[2] == SourceLocation(file: "a.yaml", line: 1, column: 76))
    }

    @Test func aByteOrderMarkMovesNoColumn() throws {
        let folder = try TestFolder()
        try folder.write("data/a.yaml", Data([0xEF, 0xBB, 0xBF]) + Data("actors:\n  - id: xi\n".utf8))
        try folder.write("data/b.yaml", Data([0xEF, 0xBB, 0xBF]) + Data("act\u{1}ors: []\n".utf8))
        let records = try loader.load(folder: folder.path + "/data", excluding: [folder.path + "/data/b.yaml"])
            .table(named: "actors")?.records
        #expect(records?.first?.location.column == 5)
        #expect(records?.first?.valueLocations[0]?.column == 9)
        #expect(throws: InputError.self) { try loader.load(folder: folder.path + "/data") }
    }

    @Test func unreadableTextIsOnTheLineOfItsByte() throws {
        // Characters of several bytes and CR LF line ends before it do not move the line (they did when
        // the line was counted in characters).
        let error = try #require(loadError("actors:\r\n  - id: é\r\n    name: " + String(repeating: "ü", count: 40)
            + "\r\n  - id: x\u{1}\r\n"))
        #expect(error.line == 4, "\(error)")
        #expect(error.message.hasPrefix("unreadable YAML: control characters are not allowed"), "\(error)")
    }
}

@Suite struct HostileYAMLTests {
    let loader: RecordLoader

    init() throws {
        loader = RecordLoader(package: try DescriptorLoader.load(path: Project.schema))
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = "actors:\n  - id: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        #expect(throws: InputError.self) { try loader.load(yaml: deep, file: "deep.yaml") }
    }

    @Test func nulBytesAreRefusedWithTheirLine() throws {
        do {
            _ = try loader.load(yaml: "actors:\n  - id: x\u{0}y\n", file: "nul.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
        }
    }
}
