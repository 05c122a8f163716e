import Foundation
import ReadoutKit
import ReadoutModel
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
}
