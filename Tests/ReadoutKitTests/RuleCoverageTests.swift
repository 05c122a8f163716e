import Foundation
import ReadoutKit
import ReadoutLoader
import ReadoutModel
import ReadoutRules
import Testing

/// Rule coverage: per rule and table, whether the rule can run on a schema and why not.
@Suite struct RuleCoverageTests {
    /// A small schema: articles, reports of events (through `source_key` when `linked`), and events.
    static func descriptor(linked: Bool = true, checksum: Bool = true) -> String {
        """
        {"name": "wires", "resources": [
          {"name": "articles", "schema": {"fields": [
            {"name": "key", "type": "string"},
            {"name": "file", "type": "string", "readout": "corpus-file"},
            \(checksum ? #"{"name": "digest", "type": "string", "readout": "corpus-sha256"},"# : "")
            {"name": "day", "type": "date", "readout": "publication-date"}],
            "primaryKey": "key"}},
          {"name": "happenings", "schema": {"fields": [
            {"name": "key", "type": "string"},
            {"name": "start", "type": "date", "readout": "event-date-from"}],
            "primaryKey": "key"}},
          {"name": "reports", "schema": {"fields": [
            {"name": "key", "type": "string"},
            {"name": "source_key", "type": "string"},
            {"name": "happening", "type": "string"},
            {"name": "when", "type": "string", "readout": "date-expression"},
            {"name": "span", "type": "string", "readout": "evidence"}],
            "primaryKey": "key",
            "foreignKeys": [\(linked ? #"{"fields": "source_key", "reference": {"resource": "articles", "fields": "key"}},"# : "")
              {"fields": "happening", "reference": {"resource": "happenings", "fields": "key"}}]}}
        ]}
        """
    }

    private func package(_ text: String) throws -> DataPackage {
        let folder = try TestFolder()
        return try DescriptorLoader.load(path: try folder.write("datapackage.json", text))
    }

    private func status(_ rule: String, _ table: String, in coverage: [RuleCoverage]) -> RuleCoverage.Status? {
        coverage.first { $0.ruleID == rule }?.tables.first { $0.table == table }?.status
    }

    @Test func bundledSchemaRunsEveryRuleWithTheCorpus() throws {
        let package = try DescriptorLoader.load(path: Project.root + "/schema/datapackage.json")
        let coverage = RuleCoverage.compute(package: package, corpusGiven: true)
        #expect(coverage.count == RuleRegistry.all.count)
        for rule in coverage {
            #expect(rule.isActive, "\(rule.ruleID): \(rule.noTable ?? "") \(rule.tables.flatMap(\.status.reasons))")
        }
        let listing = try RuleCoverageListing.list(schemaPath: Project.root + "/schema/datapackage.json",
                                                   corpusFolder: Project.root)
        #expect(listing.hasSuffix("\(RuleRegistry.all.count) of \(RuleRegistry.all.count) rules active\n"))
    }

    @Test func withoutTheCorpusTheCorpusRulesAreInactive() throws {
        let coverage = RuleCoverage.compute(package: try package(Self.descriptor()), corpusGiven: false)
        #expect(status("evidence.not-found", "reports", in: coverage) == .inactive([RuleCoverage.noCorpus]))
        #expect(status("date.relative-mismatch", "reports", in: coverage) == .active)
    }

    @Test func noForeignKeyPathToTheSourceSwitchesDateAndEvidenceRulesOffWithTheReason() throws {
        let coverage = RuleCoverage.compute(package: try package(Self.descriptor(linked: false)), corpusGiven: true)
        for rule in ["date.relative-mismatch", "date.conflict", "date.unresolved", "evidence.not-found"] {
            let reasons = status(rule, "reports", in: coverage)?.reasons ?? []
            #expect(reasons.contains { $0.contains("no foreign-key path to the source table articles") }, "\(rule)")
        }
        // The source table leads to itself: its own evidence would still be checked.
        #expect(status("source.checksum", "articles", in: coverage) == .active)
    }

    @Test func noChecksumFieldIsAPartialRun() throws {
        let coverage = RuleCoverage.compute(package: try package(Self.descriptor(checksum: false)), corpusGiven: true)
        guard case let .partial(reasons) = status("source.checksum", "articles", in: coverage) else {
            Issue.record("source.checksum should run partly")
            return
        }
        #expect(reasons.first?.contains("`corpus-sha256`") == true)
    }

    @Test func aRuleWithNoTableToCheckSaysWhatTheTableWouldNeed() throws {
        let coverage = RuleCoverage.compute(package: try package(Self.descriptor()), corpusGiven: true)
        let ordinal = try #require(coverage.first { $0.ruleID == "claim.ordinal" })
        #expect(!ordinal.isActive)
        #expect(ordinal.noTable == "no table has a field annotated `claim-ordinal`")
        #expect(coverage.first { $0.ruleID == "schema.type" }?.tables.count == 3)
    }

    @Test func missingAnnotationIsNamed() throws {
        let text = Self.descriptor().replacingOccurrences(of: #", "readout": "publication-date""#, with: "")
        let coverage = RuleCoverage.compute(package: try package(text), corpusGiven: true)
        let reasons = status("date.relative-mismatch", "reports", in: coverage)?.reasons ?? []
        #expect(reasons == ["the source table articles has no field annotated `publication-date` or `publication-date-earliest` or `publication-date-latest`"])
    }

    @Test func validateNotesEachRuleThatCannotRunOnTablesWithRecords() throws {
        let folder = try TestFolder()
        let schema = try folder.write("schema/datapackage.json", Self.descriptor(linked: false))
        try folder.write("corpus/one.txt", "They met on Tuesday.\n")
        try folder.write("data/all.yaml", """
            articles:
              - {key: a1, file: one.txt, digest: 0000000000000000000000000000000000000000000000000000000000000000, day: 2024-04-03}
            happenings:
              - {key: h1, start: 2024-04-02}
            reports:
              - {key: r1, source_key: a1, happening: h1, when: on Tuesday, span: met on Tuesday}
            """)
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: schema, dataFolder: folder.path + "/data", corpusFolder: folder.path + "/corpus"))
        let notes = validation.notes.filter { $0.hasPrefix("date.relative-mismatch ") }
        #expect(notes.count == 1)
        #expect(notes.first?.contains("does not run on reports (1 record): no foreign-key path to the source table articles") == true)
        #expect(validation.notes.contains { $0.hasPrefix("evidence.not-found does not run on reports") })
        // Rules with nothing to check on this schema say so in `readout rules --schema`, not in every run.
        #expect(!validation.notes.contains { $0.hasPrefix("claim.ordinal") })
        // A rule switched off is not noted.
        let rules = try folder.write("rules.yaml", "rules:\n  date.relative-mismatch:\n    enabled: false\n")
        let off = try Readout.validate(ValidationRequest(
            schemaPath: schema, dataFolder: folder.path + "/data", corpusFolder: folder.path + "/corpus", rulesPath: rules))
        #expect(!off.notes.contains { $0.hasPrefix("date.relative-mismatch") })
    }

    @Test func bundledDatasetHasNoCoverageNotes() throws {
        guard Project.hasCorpus else { return }
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: Project.root + "/data", corpusFolder: Project.corpus))
        #expect(validation.notes.filter { note in RuleRegistry.all.contains { note.hasPrefix($0.description.id + " ") } }.isEmpty,
                "\(validation.notes)")
    }

    @Test func rulesCommandListsCoverageAndRefusesAMissingCorpus() throws {
        let cli = CommandLineTests()
        let schema = Project.root + "/schema/datapackage.json"
        let listed = try cli.run(["rules", "--schema", schema])
        #expect(listed.status == 0)
        #expect(listed.output.contains("evidence.not-found"))
        #expect(listed.output.contains("does not run on sources, accounts"))
        #expect(listed.output.contains("no corpus given (--corpus DIR)"))
        let withCorpus = try cli.run(["rules", "--schema", schema, "--corpus", Project.root])
        #expect(withCorpus.output.hasSuffix("\(RuleRegistry.all.count) of \(RuleRegistry.all.count) rules active\n"))
        let missing = try cli.run(["rules", "--schema", schema, "--corpus", Project.root + "/no-such-folder"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("no-such-folder"))
        let plain = try cli.run(["rules"])
        #expect(plain.status == 0)
        #expect(!plain.output.contains(" of \(RuleRegistry.all.count) rules active"))
    }

    @Test func aRuleSwitchedOffIsListedAsOff() throws {
        let folder = try TestFolder()
        let schema = try folder.write("datapackage.json", Self.descriptor())
        try folder.write("rules.yaml", "rules:\n  date.conflict:\n    enabled: false\n")
        let listing = try RuleCoverageListing.list(schemaPath: schema, corpusFolder: folder.path)
        #expect(listing.contains("date.conflict"))
        #expect(listing.split(separator: "\n").contains { $0.hasPrefix("date.conflict") && $0.contains("off") && $0.contains("switched off in") })
        #expect(listing.hasSuffix("(1 switched off)\n"))
    }
}
