import ReadoutModel
import Temporal

/// A date expression the resolver cannot read: the date rules that resolve expressions skip it.
public struct UnresolvedDateRule: Rule {
    public static let description = RuleDescription(
        id: "date.unresolved", severity: .info,
        summary: "A date expression cannot be resolved, so the date rules do not check it.",
        explanation: """
            An account's date as written (`date-expression`) is resolved against its anchor (the event \
            named by `date-anchor-event`, else the source's publication) to check it against the event's \
            dates (`date.relative-mismatch`, `date.conflict`, `source.inferred-date`). An expression the \
            resolver has no rule for ("recently", "following the call") is left unchecked, and this \
            information says so, naming the expression, so that nothing is skipped silently. Nothing is \
            wrong with the record: vague expressions are what articles write. Not reported: a record that \
            also gives the calendar date (`stated-date`, checked instead), and an expression without an \
            anchor (a caption that names no event, a source without a publication date), which is not \
            resolved at all. `readout resolve` shows what the resolver makes of an expression.
            """,
        requirements: [.checks([.dateExpression]), .path(to: .source),
                       .annotation([.publicationDate, .publicationDateEarliest, .publicationDateLatest], on: .source)],
        triggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: ↓whenever it suited them
                """)),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: on Tuesday
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    date_expression: last month
                  - id: s001-a03
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: that Tuesday, as the White House put it
                    stated_date: 2024-04-02
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        var findings: [Finding] = []
        for table in context.dataset.tables {
            guard let expressionField = table.schema.index(of: .dateExpression) else { continue }
            let statedField = table.schema.index(of: .statedDate)
            for record in table.records {
                // A record that also writes the calendar date is checked through that date.
                guard statedField.map({ record.values[$0].isNull }) ?? true,
                      let expression = record.values[expressionField].stringValue,
                      let anchor = facts.anchor(of: record, in: table),
                      case let .unresolved(reason) = TemporalResolver.resolve(
                          expression, anchor: anchor.span, tense: facts.tense(of: record, in: table)) else { continue }
                let why = reason.hasPrefix("no rule for") ? "" : " (\(reason))"
                findings.append(context.finding(
                    Self.self, "no date rule checks '\(expression)': the resolver cannot read it against \(anchor.label)\(why)",
                    table: table, record: record, field: expressionField))
            }
        }
        return findings
    }
}
