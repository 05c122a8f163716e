import Foundation
import ReadoutKit
import ReadoutModel
import Testing

/// examples/parliament-quotes: another domain's project, with its own table and field names and
/// vocabulary values, validated with its corpus. Its findings must be exactly those listed in
/// expected-findings.txt, so a rule that stops firing (or starts firing) on a schema that is not ours
/// fails here.
@Suite struct SecondExampleTests {
    static let folder = Project.root + "/examples/parliament-quotes"

    /// `rule severity table key` for each finding, sorted, as expected-findings.txt writes them.
    static func expectedLines() throws -> [String] {
        let text = try String(contentsOfFile: folder + "/expected-findings.txt", encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.sorted()
    }

    static func validate() throws -> Validation {
        try Readout.validate(ValidationRequest(
            schemaPath: folder + "/datapackage.json", dataFolder: folder + "/data",
            corpusFolder: folder + "/corpus"))
    }

    @Test func findingsAreExactlyTheExpectedOnes() throws {
        let validation = try Self.validate()
        let found = validation.findings.map {
            "\($0.ruleID) \($0.severity.rawValue) \($0.subject.table ?? "-") \($0.subject.key)"
        }.sorted()
        let expected = try Self.expectedLines()
        #expect(!expected.isEmpty)
        let missing = expected.filter { !found.contains($0) }
        let unexpected = found.filter { !expected.contains($0) }
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "reported but not expected: \(unexpected)")
        #expect(found == expected)
    }

    @Test func everyRuleFamilyIsPlanted() throws {
        let rules = Set(try Self.expectedLines().compactMap { $0.split(separator: " ").first.map(String.init) })
        let families = ["schema.", "evidence.", "source.", "date.", "claim.", "conflict.", "title.", "attribution."]
        for family in families {
            #expect(rules.contains { $0.hasPrefix(family) }, "no planted \(family)* finding")
        }
        for rule in ["evidence.not-found", "evidence.ambiguous", "date.weekday-mismatch", "date.relative-mismatch",
                     "date.after-publication", "date.interval-mismatch", "date.conflict", "date.role-not-held",
                     "claim.ordinal", "conflict.quote", "conflict.paraphrase", "conflict.title",
                     "conflict.participants", "attribution.missing", "attribution.anonymous", "attribution.vague",
                     "attribution.chain", "source.checksum", "source.inferred-date"] {
            #expect(rules.contains(rule), "no planted \(rule) finding")
        }
    }

    @Test func theSpanNotFoundComesWithTheArticlesNearestPassage() throws {
        let finding = try #require(try Self.validate().findings.first {
            $0.ruleID == "evidence.not-found" && $0.subject.key == "nl-r01/vesk"
        })
        #expect(finding.diff == "opposition leader aldo vesk [-argued-] {+said+}")
        #expect(finding.notes == [#"nearest passage (4 of 5 words in order): "Opposition leader Aldo Vesk said""#])
    }

    @Test func theExampleRunsWithoutNotes() throws {
        // A note is a rule that could not run, or an input it did not use: the example must need none.
        #expect(try Self.validate().notes == [])
    }
}
