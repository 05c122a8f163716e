import ReadoutModel
import Temporal

/// Two sources that date one event in ways that cannot both hold.
public struct DateConflictRule: Rule {
    public static let description = RuleDescription(
        id: "date.conflict", severity: .warning,
        summary: "Two sources give one event dates that cannot both hold.",
        explanation: """
            Accounts of one event from different sources each imply a date: the calendar date they write \
            (`stated-date`) or, failing that, their date expression resolved against its anchor. When two \
            such dates cannot overlap, the sources disagree. Day-level dates allow one day either way, since \
            a US and a Chinese account of one call may fall on different calendar days. Accounts are grouped \
            by event, so only accounts of the same event are compared. The finding lands on the later \
            account and names the other.
            """,
        triggering: [
            RuleExample(DateExamples.with(sources: """
                  - id: s002
                    corpus_file: 002.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published: 2024-04-09
                    published_earliest: 2024-04-09
                    published_latest: 2024-04-09

                """, """
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    stated_date: 2024-04-02
                  - id: s002-a01
                    source_id: s002
                    event_id: e-2024-04-02-call
                    date_expression: ↓last Friday
                """)),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    stated_date: 2024-04-02
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2024-04-02-call
                    date_expression: on Tuesday
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let statedField = table.schema.index(of: .statedDate)
            let expressionField = table.schema.index(of: .dateExpression)
            guard statedField != nil || expressionField != nil else { continue }
            var byEvent: [String: [(record: Record, source: String, span: DateSpan, shown: String)]] = [:]
            for record in table.records {
                guard let event = context.index.event(of: record, in: table.name),
                      let source = context.index.source(of: record, in: table.name),
                      let claimed = claimedDate(of: record, in: table, statedField: statedField,
                                                expressionField: expressionField, facts: facts) else { continue }
                let sourceKey = facts.sources.map { $0.key(of: source) } ?? ""
                byEvent[facts.key(ofEvent: event), default: []].append((record, sourceKey, claimed.span, claimed.shown))
            }
            for (eventKey, accounts) in byEvent.sorted(by: { $0.key < $1.key }) {
                for (position, later) in accounts.enumerated() {
                    guard let earlier = accounts[..<position].first(where: { other in
                        other.source != later.source && !other.span.overlaps(later.span)
                    }) else { continue }
                    findings.append(context.finding(
                        Self.self, "\(later.shown) cannot be the date that \(table.name) \(table.key(of: earlier.record)) gives event \(eventKey) (\(earlier.shown))",
                        table: table, record: later.record, field: later.shown.hasPrefix("'") ? expressionField : statedField,
                        related: [context.reference(table: table, record: earlier.record)]))
                }
            }
        }
        return findings
    }

    /// The span a record's own words give its event, widened for time zones at day level.
    private func claimedDate(of record: Record, in table: Table, statedField: Int?, expressionField: Int?,
                             facts: DateFacts) -> (span: DateSpan, shown: String)? {
        if let statedField, let date = record.values[statedField].dateValue {
            return (DateSpan(day: date).widened(by: DateFacts.timeZoneSlack), "\(date)")
        }
        guard let expressionField, let expression = record.values[expressionField].stringValue,
              let anchor = facts.anchor(of: record, in: table),
              let value = TemporalResolver.resolve(expression, anchor: anchor.span, tense: facts.tense(of: record, in: table)).temporalValue
        else { return nil }
        let span = value.granularity == .day ? value.span.widened(by: DateFacts.timeZoneSlack) : value.span
        return (span, "'\(expression)' (\(value.span))")
    }
}
