/// A review whose fingerprint names a rule or a record that does not exist: most likely a typo.
public struct ReviewUnmatchedRule: PipelineRule {
    public static let description = RuleDescription(
        id: "review.unmatched", severity: .warning,
        summary: "A review's fingerprint names no rule, or no record, that exists: it is mistyped.",
        explanation: """
            A fingerprint is `rule:table/key`, with `+table/key` for each other record involved (as \
            `--format json` and exports/findings.csv show it). When its rule id is not a rule of readout, \
            or one of its records is in no table, the review cannot match anything, now or later: the \
            finding it was meant for is still open. Copy the fingerprint from the finding again. Reported \
            while matching reviews, not by a rule over records, so it has no examples here.
            """,
        triggering: [], nonTriggering: [])

    public init() {}
}
