/// A review whose finding no longer occurs.
public struct ReviewStaleRule: PipelineRule {
    public static let description = RuleDescription(
        id: "review.stale", severity: .warning,
        summary: "A review in reviewed.yaml matches no finding: the cause of the finding is gone.",
        explanation: """
            A review (data/reviewed.yaml) names a finding by its fingerprint: the rule and the keys of the \
            records involved. When that rule and those records still exist but the rule no longer reports \
            them (the data was corrected, or the rule changed), the review is stale: it would silently \
            cover a new finding of the same fingerprint later. Remove the review. A fingerprint that names \
            no rule or no record is `review.unmatched` instead. Reported while matching reviews, not by a \
            rule over records, so it has no examples here.
            """,
        triggering: [], nonTriggering: [])

    public init() {}
}
