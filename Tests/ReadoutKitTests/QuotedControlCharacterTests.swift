import Foundation
import ReadoutKit
import ReadoutModel
import Testing

/// A NUL quoted by a rule's message reaches no output raw: every output shows it as `\u{0}`.
@Suite struct QuotedControlCharacterTests {
    @Test func aNulAndAFormulaInACellReachTheFindingsAsVisibleText() throws {
        let folder = try TestFolder()
        try FileManager.default.copyItem(atPath: Project.root + "/exports", toPath: folder.path + "/exports")
        let path = folder.path + "/exports/csv/actors.csv"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let edited = original.replacingOccurrences(of: #""blinken","Antony Blinken","person""#, with: "\"blinken\",\"Antony Blinken\",\"=cmd\u{0}|x\"")
        #expect(edited != original)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)

        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/exports"))
        let quoted = #"'=cmd\u{0}|x' is not allowed for 'kind'"#
        let finding = try #require(validation.findings.first { $0.ruleID == "schema.enum" && $0.subject.key == "blinken" })
        #expect(finding.message.hasPrefix(quoted), "\(finding.message)")
        // The control-character rule reports the same cell by code point.
        #expect(validation.findings.contains { $0.ruleID == "table.control-character" && $0.subject.key == "blinken" })

        try ExportCheck.write(Readout.export(validation), to: folder.path + "/out")
        for name in ["findings.csv", "findings.jsonl"] {
            let bytes = try #require(FileManager.default.contents(atPath: folder.path + "/out/" + name))
            #expect(!bytes.contains(0), "\(name) holds a raw NUL")
            let text = String(decoding: bytes, as: UTF8.self)
            // JSON Lines escapes the backslash of the visible escape.
            #expect(text.contains(name.hasSuffix(".csv") ? quoted : quoted.replacingOccurrences(of: "\\", with: "\\\\")), "\(name)")
        }
        for format in FindingFormat.allCases {
            let rendered = format.render(validation)
            #expect(!rendered.unicodeScalars.contains("\u{0}"), "\(format) holds a raw NUL")
            #expect(rendered.contains(format == .text || format == .github ? quoted : quoted.replacingOccurrences(of: "\\", with: "\\\\")),
                    "\(format)")
        }
    }

    @Test(arguments: [("a\u{0}b", #"a\u{0}b"#), ("\u{1B}[0m", #"\u{1B}[0m"#), ("it\u{92}s", #"it\u{92}s"#), ("\u{7F}", #"\u{7F}"#),
                      ("tab\there\nand\r\n", "tab\there\nand\r\n"), ("café – ©", "café – ©")])
    func controlCharactersAreShownAsEscapesAndTextIsLeftAlone(_ text: String, _ shown: String) {
        #expect(ControlCharacters.shown(text) == shown)
        let finding = Finding(ruleID: "r", severity: .error, message: text, subject: RecordReference(table: nil, key: "k", location: nil),
                              notes: [text], diff: WordDiff(parts: [.common(text), .only(.first, [text]), .only(.second, [text])]))
        #expect([finding.message, finding.notes[0]] == [shown, shown])
        #expect(finding.wordDiff == WordDiff(parts: [.common(shown), .only(.first, [shown]), .only(.second, [shown])]))
    }
}
