import ReadoutModel

/// A rule whose findings come from the pipeline around the rules (matching reviews, comparing an export
/// folder, leaving records out of an export), not from the records: registered so that `readout rules`,
/// `explain` and SARIF describe it, and silent when the rules run. Its examples are empty because the
/// example harness checks records alone; Tests/ReadoutKitTests/PipelineRuleTests.swift produces each.
public protocol PipelineRule: Rule {}

extension PipelineRule {
    public func check(_ context: RuleContext) -> [Finding] { [] }
}
