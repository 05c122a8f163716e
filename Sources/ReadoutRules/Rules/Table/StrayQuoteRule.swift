import ReadoutModel

/// A quote inside an unquoted CSV field, or text after a closing quote.
public struct StrayQuoteRule: Rule {
    public static let description = RuleDescription(
        id: "table.stray-quote", severity: .warning,
        summary: "A CSV cell holds a quote outside quoting (RFC 4180 allows quotes only in quoted fields).",
        explanation: """
            RFC 4180 quotes a whole field and doubles the quotes inside it. A quote in the middle of an \
            unquoted field (`Xi "the leader"`), or text after a closing quote (`"Xi"s`), is malformed: \
            readers disagree on it. readout reads the cell as written (the quotes kept) and checks it and \
            the rest of the file; only a quote left open to the end of the file stops the run. A warning: \
            the cell is read as written, as frictionless and Python's csv module read it. Quote the \
            field and double its quotes: `"Xi ""the leader""\"`.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,↓Xi "the leader",person,CN,,
                """, of: .project("actors")),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,"Xi ""the leader""\",person,CN,,
                """, of: .project("actors")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .strayQuote) { issue in
            "a quote outside quoting in column \(issue.location.column), read as written: '\(issue.text ?? "")'"
        }
    }
}
