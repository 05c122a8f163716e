import CSVCodec
import ReadoutExport
import ReadoutModel
import Testing

@Suite struct FindingsTableTests {
    private func finding(_ message: String, key: String = "x", evidence: String = "said so") -> Finding {
        Finding(ruleID: "schema.pattern", severity: .error, message: message,
                subject: RecordReference(table: "actors", key: key, location: SourceLocation(file: "data/actors.yaml", line: 3, column: 9)),
                notes: ["-1 day"], evidence: [evidence])
    }

    private func cells(_ findings: [Finding], options: ExportOptions = ExportOptions()) throws -> [[String: String?]] {
        let rows = try CSVReader.parse(CSVTableWriter.render(FindingsTable.table(findings, excluded: []), options: options))
        let header = rows[0].fields.map { $0 ?? "" }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.fields)) }
    }

    /// A message, key, note or evidence that begins with a formula trigger is written as text, as any text cell is.
    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tquoted"])
    func guardsFormulasInMessagesAndQuotedData(_ text: String) throws {
        let row = try #require(try cells([finding(text, key: text, evidence: text)]).first)
        #expect(row["message"] == "'" + text)
        #expect(row["record_key"] == "'" + text)
        #expect(row["evidence"] == "'" + text)
        #expect(row["notes"] == "'-1 day")
        #expect(row["line"] == "3")
    }

    @Test func quotedValueInsideAMessageIsLeftAsWritten() throws {
        let row = try #require(try cells([finding("'id' does not match ^[a-z]+$: =cmd")]).first)
        #expect(row["message"] == "'id' does not match ^[a-z]+$: =cmd")
    }

    @Test func guardOffWritesMessagesAsTheyAre() throws {
        let row = try #require(try cells([finding("=1+1")], options: ExportOptions(formulaGuard: false)).first)
        #expect(row["message"] == "=1+1")
    }
}
