import ReadoutModel

/// A statement or claim the article attributes to no one.
public struct MissingAttributionRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.missing", severity: .warning,
        summary: "A statement or claim is attributed to no one.",
        explanation: """
            AP and Reuters standards attribute a disputable fact in the sentence that states it. A record \
            whose `attribution-type` is `none` stands on the article's word alone: what a leader said in a \
            private call with no readout cited, or the article's own "first call since ..." A warning: the \
            record stays in the data, and researchers can filter on it.
            """,
        requirements: [.checks([.attributionType])],
        triggering: [RuleExample(AttributionExamples.statement(attribution: nil, type: "none", marker: true))],
        nonTriggering: [RuleExample(AttributionExamples.statement(attribution: "state media Xinhua reported", type: "named-outlet", attributedTo: "xinhua"))])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        AttributionTypes.records(in: context, types: ["none"]).map { table, record, field, _, _ in
            context.finding(Self.self, "\(table.name) \(table.key(of: record)) is attributed to no one",
                            table: table, record: record, field: field,
                            evidence: [context.evidence(of: record, in: table)].compactMap { $0 })
        }
    }
}
