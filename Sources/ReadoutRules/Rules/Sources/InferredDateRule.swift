import ReadoutModel
import Temporal

/// A publication date that is inferred without honest bounds, or stated inconsistently.
public struct InferredDateRule: Rule {
    public static let description = RuleDescription(
        id: "source.inferred-date", severity: .error,
        summary: "An inferred publication date lacks bounds or a note, or its bounds admit dates its text rules out.",
        explanation: """
            A source whose publication date is `inferred` (the meaning of its `publication-date-status`) must \
            give the earliest and latest possible dates and a note saying how they were found; a `stated` one gives \
            its date, with both bounds equal to it. The bounds must also agree with the text: for each \
            account of the source whose date expression is relative to the publication ("on Tuesday") and \
            whose event is dated to the day, every day in the bounds must resolve the expression to that \
            event (one day allowed for time zones). A day that would not is a day the article cannot have \
            been published on, so the bounds are too wide. Never invent a precise date silently.
            """,
        triggering: [
            RuleExample("""
                sources:
                  - id: s001
                    corpus_file: 001.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: ↓inferred
                    published_earliest: 2024-04-02
                    published_latest: 2024-04-03
                """),
            RuleExample(DateExamples.with(sources: """
                  - id: s002
                    corpus_file: 002.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: inferred
                    published_earliest: 2024-04-02
                    published_latest: ↓2024-04-12
                    published_note: the call of Tuesday 2 April is told as recent

                """, """
                accounts:
                  - id: s002-a01
                    source_id: s002
                    event_id: e-2024-04-02-call
                    date_expression: on Tuesday
                """)),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with(sources: """
                  - id: s002
                    corpus_file: 002.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: inferred
                    published_earliest: 2024-04-02
                    published_latest: 2024-04-08
                    published_note: the call of Tuesday 2 April is "on Tuesday", so within the week after it

                """, """
                accounts:
                  - id: s002-a01
                    source_id: s002
                    event_id: e-2024-04-02-call
                    date_expression: on Tuesday
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        guard let sources = facts.sources else { return [] }
        var findings = sources.records.compactMap { consistency(of: $0, in: sources, context: context) }
        findings += BoundsCheck(context: context, facts: facts).tooWide().map { source, field, message in
            context.finding(Self.self, message, table: sources, record: source, field: field)
        }
        return findings
    }

    /// The stated/inferred fields must agree with each other.
    private func consistency(of source: Record, in table: Table, context: RuleContext) -> Finding? {
        let schema = table.schema
        guard let statusField = schema.index(bound: PublicationDateStatus.self),
              let status = schema.fields[statusField].meaning(PublicationDateStatus.self, of: source.values[statusField])
        else { return nil }
        func value(_ annotation: SchemaAnnotation) -> Value { schema.index(of: annotation).map { source.values[$0] } ?? .null }
        let stated = value(.publicationDate).dateValue
        let earliest = value(.publicationDateEarliest).dateValue, latest = value(.publicationDateLatest).dateValue
        var problem: String?
        if status == .inferred {
            if earliest == nil || latest == nil {
                problem = "an inferred publication date needs its earliest and latest possible dates"
            } else if value(.publicationDateNote).stringValue == nil {
                problem = "an inferred publication date needs a note saying how it was inferred"
            } else if let earliest, let latest, latest < earliest {
                problem = "the latest possible publication date \(latest) is before the earliest \(earliest)"
            }
        } else if status == .stated {
            if stated == nil {
                problem = "a stated publication date needs the date"
            } else if earliest.map({ $0 != stated }) ?? false || latest.map({ $0 != stated }) ?? false {
                problem = "a stated publication date's bounds must both equal it"
            }
        }
        return problem.map { context.finding(Self.self, $0, table: table, record: source, field: statusField) }
    }
}
