import Foundation
import ReadoutLoader
import ReadoutModel
import ReadoutRules
import Testing

/// Runs every rule's own examples: a rule is tested the moment it is registered.
@Suite struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: any Rule.Type
        let example: RuleExample
        let triggers: Bool
        let number: Int
        var testDescription: String {
            "\(rule.description.id) \(triggers ? "triggering" : "non-triggering") #\(number)"
        }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.description.triggering.enumerated().map { Case(rule: rule, example: $1, triggers: true, number: $0 + 1) }
            + rule.description.nonTriggering.enumerated().map { Case(rule: rule, example: $1, triggers: false, number: $0 + 1) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) throws {
        let (text, markers) = testCase.example.unmarked
        let dataset = try ExampleSupport.dataset(text, of: testCase.example.table)
        let corpus = ExampleSupport.corpus(testCase.example.corpus, for: dataset)
        let entry = RuleSettings.Entry(ruleID: testCase.rule.description.id, options: testCase.example.options,
                                       location: SourceLocation(file: "example", line: 1, column: 1))
        let findings = testCase.rule.init().check(RuleContext(dataset: dataset, corpus: corpus, settings: RuleSettings(entries: [entry])))
        let found = findings.compactMap { $0.location }.map { "\($0.line):\($0.column)" }.sorted()
        let expected = markers.map { "\($0.line):\($0.column)" }.sorted()
        if testCase.triggers {
            #expect(!expected.isEmpty, "a triggering example needs a ↓ marker")
            #expect(found == expected, "\(findings.map(\.message))")
        } else {
            #expect(found.isEmpty, "\(findings.map(\.message))")
        }
        #expect(findings.allSatisfy { $0.ruleID == testCase.rule.description.id })
        // A rule gives only the severities it declares (the examples configure none).
        for finding in findings {
            #expect(testCase.rule.description.severities.contains(finding.severity), "\(finding.severity): \(finding.message)")
        }
        // Two accounts compared: each side named by its role, the diff running from the first to the second.
        for finding in findings where finding.ruleID.hasPrefix("conflict.") {
            let first = finding.record(playing: .firstAccount), second = finding.record(playing: .secondAccount)
            #expect(first != nil && second == finding.subject && first != second, "\(finding.message)")
        }
        for finding in findings where finding.ruleID == DateConflictRule.description.id {
            #expect(finding.record(playing: .later) == finding.subject && finding.record(playing: .earlier) != nil)
        }
    }

    @Test func ruleIdsAreUniqueAndWellFormed() {
        let ids = RuleRegistry.all.map { rule in rule.description.id }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.range(of: #"^[a-z]+\.[a-z]+(-[a-z]+)*$"#, options: .regularExpression) != nil, "\(id)")
        }
    }

    @Test func exampleOptionsAreTheRulesOwnAndOfTheirKind() {
        for rule in RuleRegistry.all {
            for example in rule.description.triggering + rule.description.nonTriggering {
                for (name, value) in example.options {
                    let option = rule.description.options.first { $0.name == name }
                    #expect(option != nil, "\(rule.description.id) has no option \(name)")
                    #expect(option?.problem(with: value) == nil, "\(rule.description.id) \(name): \(value)")
                }
            }
            for option in rule.description.options {
                #expect(option.problem(with: option.defaultValue) == nil, "\(rule.description.id) \(option.name)")
            }
        }
    }

    /// Pipeline rules report from outside the records, which the examples cannot express (see PipelineRule).
    @Test func everyRuleHasExamplesBothWays() {
        for rule in RuleRegistry.all where !(rule is any PipelineRule.Type) {
            #expect(!rule.description.triggering.isEmpty, "\(rule.description.id)")
            #expect(!rule.description.nonTriggering.isEmpty, "\(rule.description.id)")
        }
    }
}
