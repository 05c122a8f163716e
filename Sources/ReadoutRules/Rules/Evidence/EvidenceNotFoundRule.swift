import ReadoutModel

/// An evidence span that its article does not contain.
public struct EvidenceNotFoundRule: Rule {
    static let article = "Biden and Xi spoke on Tuesday.\nThe two leaders  discussed Taiwan."
    static let corpus = ["001.txt": article]

    public static let description = RuleDescription(
        id: "evidence.not-found", severity: .error,
        summary: "A record's evidence span does not occur in its article.",
        explanation: """
            Every extracted record carries a short verbatim span of its article (field annotated \
            `evidence`, with optional `evidence-prefix` and `evidence-suffix`, as in the W3C Web \
            Annotation TextQuoteSelector). The span must occur in the source's corpus file. Runs of \
            whitespace and line breaks do not matter; everything else does: an article's typo stays in \
            the span as written, and a span "corrected" by the extractor is a finding. The finding \
            names the article's nearest passage (the run of words sharing most of the span's words, \
            ignoring case and punctuation) with a word diff from the span to it: `[-words-]` only the \
            span has, `{+words+}` only the article.
            """,
        needsCorpus: true,
        requirements: [.checks([.evidence]), .path(to: .source)],
        triggering: [
            RuleExample(SourceExample.yaml(sourceFile: "001.txt", evidence: "↓The two leaders discussed Taiwan and trade."),
                        corpus: corpus),
            RuleExample(SourceExample.yaml(sourceFile: "001.txt", evidence: "↓spoke on Tuesday", prefix: "Xi and Biden"),
                        corpus: corpus),
        ],
        nonTriggering: [
            RuleExample(SourceExample.yaml(sourceFile: "001.txt", evidence: "spoke on Tuesday. The two leaders discussed"),
                        corpus: corpus),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        EvidenceMatcher.outcomes(context).compactMap { located in
            let (table, record, field) = (located.table, located.record, located.field)
            switch located.outcome {
            case let .notFound(nearest):
                let message = "the evidence span does not occur in the article: \"\(Self.shorten(located.exact))\""
                guard let nearest else {
                    return context.finding(Self.self, message, table: table, record: record, field: field,
                                           notes: ["no passage of the article shares half of the span's words"])
                }
                return context.finding(
                    Self.self, message, table: table, record: record, field: field,
                    notes: ["nearest passage (\(nearest.shared) of \(nearest.spanWords) words in order): \"\(nearest.text)\""],
                    diff: nearest.diff)
            case .contextMismatch:
                return context.finding(Self.self, "the evidence span occurs in the article, but not with its prefix or suffix",
                                       table: table, record: record, field: field)
            case .found, .noArticle:
                return nil
            }
        }
    }

    static func shorten(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "..."
    }
}
