import ReadoutModel

/// A statement or claim attributed to an unnamed person.
public struct AnonymousAttributionRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.anonymous", severity: .warning,
        summary: "A statement or claim is attributed to an unnamed person (\"a senior official\").",
        explanation: """
            Anonymous sources are the weakest attribution; news standards ask for a reason for granting \
            anonymity. Records whose `attribution-type` means `anonymous-official` are reported with the \
            attribution as written.
            """,
        requirements: [.checks([.attributionType])],
        triggering: [RuleExample(AttributionExamples.statement(attribution: "a senior U.S. official said", type: "anonymous-official", marker: true))],
        nonTriggering: [RuleExample(AttributionExamples.statement(attribution: "Kirby said", type: "named-person", attributedTo: "kirby"))])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        AttributionTypes.records(in: context, types: [.anonymousOfficial]).map { table, record, field, _, written in
            context.finding(Self.self, "\(table.name) \(table.key(of: record)) is attributed to an unnamed person: \(written)",
                            table: table, record: record, field: field,
                            evidence: [context.evidence(of: record, in: table)].compactMap { $0 })
        }
    }
}
