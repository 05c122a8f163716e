import Foundation
import ReadoutExport
import ReadoutKit
import ReadoutModel
import ReadoutRules
import Testing

/// The findings the pipeline makes outside the rules (the examples harness cannot express them): each is
/// produced here, and its rule id is a registered pipeline rule with the severity the finding has.
@Suite struct PipelineRuleTests {
    static let actors = """
        actors:
          - id: xi
            name: Xi Jinping
            kind: leader
          - id: li
            name: Li Qiang
            kind: person
        roles:
          - id: xi-president
            actor_id: xi
            title: President
        """

    private func validate(_ folder: TestFolder, reviews: [String]) throws -> Validation {
        try folder.write("data/actors.yaml", Self.actors)
        try folder.write("data/reviewed.yaml", "reviews:\n" + reviews.map { fingerprint in
            "  - finding: \(fingerprint)\n    reason: Checked.\n    date: 2026-11-30\n"
        }.joined())
        return try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data"))
    }

    private func expectRegistered(_ finding: Finding) {
        let rule = RuleRegistry.rule(id: finding.ruleID)
        #expect(rule is any PipelineRule.Type, "\(finding.ruleID)")
        #expect(rule?.description.severity == finding.severity)
    }

    @Test func aReviewNamingAnExistingRuleAndRecordIsStale() throws {
        let validation = try validate(TestFolder(), reviews: ["schema.enum:actors/li"])
        let finding = try #require(validation.findings.first { $0.ruleID.hasPrefix("review.") })
        #expect(finding.ruleID == "review.stale")
        expectRegistered(finding)
    }

    @Test func aReviewNamingNoRuleOrNoRecordIsMistyped() throws {
        let validation = try validate(TestFolder(), reviews: [
            "schema.enumm:actors/xi", "schema.enum:actors/xj", "schema.enum actors/xi",
            "schema.primary-key:actors/xi+actors/li", "table.blank-row:actors/#3",
        ])
        let unmatched = validation.findings.filter { $0.ruleID == "review.unmatched" }.map(\.message)
        #expect(unmatched.count == 3)
        #expect(unmatched.contains { $0.contains("names no rule 'schema.enumm' (did you mean schema.enum?)") })
        #expect(unmatched.contains { $0.contains("names no record 'actors/xj'") })
        #expect(unmatched.contains { $0.contains("has no ':'") })
        // Two records that exist, and a table's row: the rule could report them, so the reviews are stale.
        #expect(validation.findings.filter { $0.ruleID == "review.stale" }.count == 2)
        for finding in validation.findings where finding.ruleID.hasPrefix("review.") { expectRegistered(finding) }
        // The mistyped review leaves the error it was meant for open.
        #expect(validation.hasErrors)
    }

    @Test func aReviewOfARuleThatDidNotRunIsNotCalledStale() throws {
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", Self.actors)
        try folder.write("data/reviewed.yaml", "reviews:\n  - finding: schema.enum:actors/li\n    reason: Checked.\n    date: 2026-11-30\n")
        let rules = try folder.write("rules.yaml", "rules:\n  schema.enum:\n    enabled: false\n")
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data", rulesPath: rules))
        #expect(!validation.findings.contains { $0.ruleID.hasPrefix("review.") })
        #expect(validation.notes.contains("1 review not checked: schema.enum did not run"))
    }

    @Test func aRecordLeftOutForWhatItRefersToIsARegisteredPipelineFinding() throws {
        let validation = try validate(TestFolder(), reviews: [])
        let findings = try #require(Readout.export(validation).first { $0.path == "findings.jsonl" })
        let lines = String(decoding: findings.bytes, as: UTF8.self).split(separator: "\n")
        let cascade = try #require(lines.first { $0.contains("\"\(CleanTables.cascadeRuleID)\"") })
        #expect(cascade.contains("\"record_key\":\"xi-president\""))
        let rule = try #require(RuleRegistry.rule(id: CleanTables.cascadeRuleID))
        #expect(rule is any PipelineRule.Type)
        #expect(cascade.contains("\"severity\":\"\(rule.description.severity.rawValue)\""))
    }

    @Test func aStaleExportIsARegisteredPipelineFinding() throws {
        let folder = try TestFolder()
        let validation = try validate(folder, reviews: [])
        try ExportCheck.write(Readout.export(validation), to: folder.path + "/exports")
        #expect(ExportCheck.checked(validation, exports: folder.path + "/exports").findings == validation.findings)
        try folder.write("exports/csv/actors.csv", "id\n")
        let checked = ExportCheck.checked(validation, exports: folder.path + "/exports")
        let stale = checked.findings.filter { $0.ruleID == "export.stale" }
        #expect(stale.map(\.location?.file) == [folder.path + "/exports/csv/actors.csv"])
        expectRegistered(try #require(stale.first))
    }

    @Test func pipelineRulesAreExplainedAndCannotBeConfigured() throws {
        for id in ["review.stale", "review.unmatched", "export.stale", "export.excluded-reference"] {
            let text = try #require(RuleCatalog.explain(id), "\(id)")
            #expect(text.contains("no examples here"))
            #expect(RuleCatalog.list().contains(id))
        }
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", "actors: []\n")
        let rules = try folder.write("rules.yaml", "rules:\n  review.stale:\n    enabled: false\n")
        #expect(throws: InputError.self) {
            try Readout.validate(ValidationRequest(schemaPath: Project.root + "/schema/datapackage.json",
                                                   dataFolder: folder.path + "/data", rulesPath: rules))
        }
    }
}
