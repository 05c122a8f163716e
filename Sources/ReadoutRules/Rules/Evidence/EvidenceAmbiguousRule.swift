import ReadoutModel

/// An evidence span that occurs more than once, with nothing to tell the occurrences apart.
public struct EvidenceAmbiguousRule: Rule {
    static let corpus = ["001.txt": "Xi spoke with Biden. Later, Xi spoke with reporters."]

    public static let description = RuleDescription(
        id: "evidence.ambiguous", severity: .warning,
        summary: "A record's evidence span occurs more than once in its article.",
        explanation: """
            A span that occurs several times does not say which sentence the record comes from. Add an \
            `evidence-prefix` or `evidence-suffix` (the words just before or after), as the W3C \
            TextQuoteSelector does, or choose a longer span.
            """,
        needsCorpus: true,
        requirements: [.checks([.evidence]), .path(to: .source)],
        triggering: [
            RuleExample(SourceExample.yaml(sourceFile: "001.txt", evidence: "↓Xi spoke with"), corpus: corpus),
        ],
        nonTriggering: [
            RuleExample(SourceExample.yaml(sourceFile: "001.txt", evidence: "Xi spoke with", suffix: "reporters"),
                        corpus: corpus),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        EvidenceMatcher.outcomes(context).compactMap { located in
            guard case let .found(count) = located.outcome, count > 1 else { return nil }
            return context.finding(Self.self, "the evidence span occurs \(count) times in the article; add a prefix or suffix",
                                   table: located.table, record: located.record, field: located.field)
        }
    }
}
