import ReadoutModel

/// A statement or claim attributed to an unnamed outlet or a generic body.
public struct VagueAttributionRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.vague", severity: .warning,
        summary: "A statement or claim is attributed to an unnamed outlet, a generic body or a country (\"state media\", \"officials\", \"Beijing\").",
        explanation: """
            "State media said" does not say which outlet; "US officials said" does not say which office. \
            Records whose `attribution-type` means `unnamed-outlet` or `generic-body` are reported with the \
            attribution as written, so that a researcher can find the named source elsewhere. So are \
            records whose type means `collective`: a country or capital standing for its government \
            ("the US said", "Beijing's account"). It names no office, spokesperson or outlet, so the \
            reader cannot tell a leader's readout from a ministry's briefing or a state outlet's report: \
            as vague as "Chinese officials", and a warning like them. (A named institution, "the White \
            House", "China's Foreign Ministry", is not vague.)
            """,
        requirements: [.checks([.attributionType])],
        triggering: [
            RuleExample(AttributionExamples.statement(attribution: "A Chinese state media said", type: "unnamed-outlet", marker: true)),
            RuleExample(AttributionExamples.statement(attribution: "Beijing said", type: "collective", marker: true)),
        ],
        nonTriggering: [
            RuleExample(AttributionExamples.statement(attribution: "according to CCTV", type: "named-outlet", attributedTo: "cctv")),
            RuleExample(AttributionExamples.statement(attribution: "the White House said", type: "named-institution", attributedTo: "white-house")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        AttributionTypes.records(in: context, types: [.unnamedOutlet, .genericBody, .collective]).map { table, record, field, type, written in
            let what = switch type {
            case .unnamedOutlet: "an unnamed outlet"
            case .collective: "a country or capital, naming no office"
            default: "a generic body"
            }
            return context.finding(Self.self, "\(table.name) \(table.key(of: record)) is attributed to \(what): \(written)",
                                   table: table, record: record, field: field,
                                   evidence: [context.evidence(of: record, in: table)].compactMap { $0 })
        }
    }
}
