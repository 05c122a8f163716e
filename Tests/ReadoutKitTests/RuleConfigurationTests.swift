import Foundation
import ReadoutKit
import ReadoutLoader
import ReadoutModel
import ReadoutRules
import Testing

/// schema/rules.yaml: rules switched off, severities changed, thresholds set; unknown ids refused.
@Suite struct RuleConfigurationTests {
    private func validate(rules: String) throws -> Validation {
        let folder = try TestFolder()
        try folder.write("data/actors.yaml", "actors:\n  - id: xi\n    name: Xi Jinping\n    kind: leader\n")
        let rulesPath = try folder.write("rules.yaml", rules)
        return try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data", rulesPath: rulesPath))
    }

    @Test func severityCanBeLoweredAndRulesSwitchedOff() throws {
        let lowered = try validate(rules: "rules:\n  schema.enum:\n    severity: warning\n")
        #expect(lowered.findings.first { $0.ruleID == "schema.enum" }?.severity == .warning)
        #expect(!lowered.hasErrors)
        let off = try validate(rules: "rules:\n  schema.enum:\n    enabled: false\n")
        #expect(!off.findings.contains { $0.ruleID == "schema.enum" })
    }

    @Test func unknownRuleIsAnErrorAtItsLine() throws {
        do {
            _ = try validate(rules: "rules:\n  schema.enum:\n    severity: warning\n  schema.nope:\n    enabled: false\n")
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.line == 4)
            #expect(error.message.contains("unknown rule 'schema.nope'"))
        }
    }

    @Test func unknownOptionAndBadSeverityAreErrors() throws {
        #expect(throws: InputError.self) { try validate(rules: "rules:\n  conflict.quote:\n    min-similarty: 0.5\n") }
        #expect(throws: InputError.self) { try validate(rules: "rules:\n  conflict.quote:\n    severity: fatal\n") }
        #expect(throws: Never.self) { try validate(rules: "rules:\n  conflict.quote:\n    min-similarity: 0.5\n") }
    }

    @Test func optionValuesMustBeOfTheDeclaredKind() throws {
        let cases: [(String, String)] = [
            ("rules:\n  date.conflict:\n    time-zone-slack: 0.5\n", "must be a whole number of days"),
            ("rules:\n  date.conflict:\n    time-zone-slack: -1\n", "must be from 0 to 3 days"),
            ("rules:\n  date.conflict:\n    time-zone-slack: none\n", "must be a number"),
            ("rules:\n  date.interval-mismatch:\n    reading: roughly\n", "must be one of about, exactly"),
            ("rules:\n  claim.ordinal:\n    participants: 2\n", "must be one of all, any, core"),
            ("options:\n  time-zone-slack: 9\n", "must be from 0 to 3 days"),
            ("options:\n  min-similarty: 0.5\n", "no rule has an option 'min-similarty'"),
            ("rule:\n  schema.enum:\n    enabled: false\n", "not 'rule'"),
        ]
        for (rules, message) in cases {
            do {
                _ = try validate(rules: rules)
                Issue.record("expected an error for \(rules)")
            } catch let error as InputError {
                #expect(error.message.contains(message), "\(error.message)")
                #expect(error.line != nil)
            }
        }
        #expect(throws: Never.self) { try validate(rules: "options:\n  time-zone-slack: 0\nrules:\n  date.interval-mismatch:\n    reading: exactly\n") }
    }

    @Test func sharedOptionsReachEveryRuleThatHasThemAndARulesOwnSettingWins() throws {
        let folder = try TestFolder()
        let path = try folder.write("rules.yaml", "options:\n  time-zone-slack: 0\nrules:\n  date.conflict:\n    time-zone-slack: 2\n")
        let settings = try SettingsLoader.rules(path: path)
        #expect(settings.option("time-zone-slack", for: "date.relative-mismatch") == .number(0))
        #expect(settings.option("time-zone-slack", for: "date.conflict") == .number(2))
        #expect(settings.option("min-similarity", for: "conflict.quote") == nil)
    }

    @Test func explainShowsEachOptionWithItsDefaultAndUnit() {
        let text = RuleCatalog.options(of: "date.interval-mismatch")
        #expect(text.contains("time-zone-slack (days, default 1): "))
        #expect(text.contains("about-below (units of the claim, default 0.5): "))
        #expect(text.contains("reading (default about): "))
        #expect(text.contains("exactly: "))
        #expect(text.contains("Shared with other rules"))
        #expect(RuleCatalog.options(of: "schema.enum").isEmpty)
        #expect(RuleCatalog.explain("date.conflict")?.contains("    (with time-zone-slack: 0)\n") == true)
    }

    @Test func bundledRulesConfigurationHoldsTheDefaults() throws {
        let settings = try SettingsLoader.rules(path: Project.root + "/schema/rules.yaml")
        for entry in settings.entries {
            let rule = try #require(RuleRegistry.rule(id: entry.ruleID))
            for (name, value) in entry.options {
                #expect(rule.description.options.first { $0.name == name }?.defaultValue == value, "\(entry.ruleID) \(name)")
            }
        }
        for (name, value) in settings.shared {
            for rule in RuleRegistry.all {
                guard let option = rule.description.options.first(where: { $0.name == name }) else { continue }
                #expect(option.defaultValue == value, "\(rule.description.id) \(name)")
            }
        }
    }
}
