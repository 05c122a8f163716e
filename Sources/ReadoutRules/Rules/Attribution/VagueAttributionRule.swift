import ReadoutModel

/// A statement or claim attributed to an unnamed outlet or a generic body.
public struct VagueAttributionRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.vague", severity: .warning,
        summary: "A statement or claim is attributed to an unnamed outlet or a generic body (\"state media\", \"officials\").",
        explanation: """
            "State media said" does not say which outlet; "US officials said" does not say which office. \
            Records whose `attribution-type` means `unnamed-outlet` or `generic-body` are reported with the \
            attribution as written, so that a researcher can find the named source elsewhere.
            """,
        triggering: [RuleExample(AttributionExamples.statement(attribution: "A Chinese state media said", type: "unnamed-outlet", marker: true))],
        nonTriggering: [RuleExample(AttributionExamples.statement(attribution: "according to CCTV", type: "named-outlet", attributedTo: "cctv"))])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        AttributionTypes.records(in: context, types: [.unnamedOutlet, .genericBody]).map { table, record, field, type, written in
            let what = type == .unnamedOutlet ? "an unnamed outlet" : "a generic body"
            return context.finding(Self.self, "\(table.name) \(table.key(of: record)) is attributed to \(what): '\(written ?? "")'",
                                   table: table, record: record, field: field,
                                   evidence: [context.evidence(of: record, in: table)].compactMap { $0 })
        }
    }
}
