import ReadoutModel
import Temporal

/// A date expression that, resolved against its anchor, cannot mean the recorded event date.
public struct RelativeMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "date.relative-mismatch", severity: .warning,
        summary: "A date expression, resolved against its anchor, does not cover the event's recorded date.",
        explanation: """
            An account's date as written (`date-expression`: "on Tuesday", "last month", "two months \
            earlier") is resolved like HeidelTime does, against the source's publication date, or against \
            the event named by `date-anchor-event`, in the account's `tense`. The result (a day, a week, a \
            month...) must overlap the event's recorded dates (`event-date-from` to `event-date-to`). \
            Day-level results allow `time-zone-slack` days (1 by default) either way for time zones. An inferred publication date gives \
            an interval anchor, and the result is the hull over its days. Expressions the resolver does \
            not understand are not checked (`readout resolve` shows what it makes of one). A warning: \
            when the article itself is wrong the finding stands, and the record keeps the article's words.
            """,
        requirements: [.checks([.dateExpression]), .path(to: .event), .path(to: .source), .annotation([.publicationDate, .publicationDateEarliest, .publicationDateLatest], on: .source)],
        options: [DateFacts.timeZoneSlackOption],
        triggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: ↓last month
                    tense: past
                """)),
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    date_expression: ↓two months earlier
                    anchor_event_id: e-2024-04-02-call
                """)),
            // With no time-zone slack, "on Monday" (1 April) cannot be the call of Tuesday 2 April.
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: ↓on Monday
                """), options: ["time-zone-slack": .number(0)]),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: On Tuesday
                    tense: past
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    date_expression: in November
                  - id: s001-a03
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    date_expression: whenever it suited them
                """)),
            // By default a day either way is allowed: Monday in Washington can be Tuesday in Beijing.
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: on Monday
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let slack = context.timeZoneSlack(for: Self.self)
        var findings: [Finding] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            guard let expressionField = table.schema.index(of: .dateExpression) else { continue }
            for (row, record) in table.records.enumerated() {
                guard let expression = record.values[expressionField].stringValue,
                      let event = context.index.event(ofRow: row, inTableAt: tableIndex),
                      let eventSpan = facts.span(ofEvent: event),
                      let anchor = facts.anchor(of: record, in: table) else { continue }
                let resolution = TemporalResolver.resolve(expression, anchor: anchor.span, tense: facts.tense(of: record, in: table))
                guard let value = resolution.temporalValue else { continue }
                let allowed = value.granularity == .day ? value.span.widened(by: slack) : value.span
                guard !allowed.overlaps(eventSpan) else { continue }
                findings.append(context.finding(
                    Self.self, "'\(expression)' against \(anchor.label) means \(value.span), but event \(facts.key(ofEvent: event)) is dated \(eventSpan)",
                    table: table, record: record, field: expressionField))
            }
        }
        return findings
    }
}
