import ReadoutModel
import Temporal

/// Two sources that date one event in ways that cannot both hold.
public struct DateConflictRule: Rule {
    static let secondSource = """
          - id: s002
            corpus_file: 002.txt
            corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
            published_status: stated
            published: 2024-04-09
            published_earliest: 2024-04-09
            published_latest: 2024-04-09

        """

    /// s001 dates the call 2 April; s002 gives `date`, marked `marker`.
    static func twoDates(_ date: String, marker: String = "") -> String {
        DateExamples.with(sources: secondSource, """
            accounts:
              - id: s001-a01
                source_id: s001
                event_id: e-2024-04-02-call
                stated_date: 2024-04-02
              - id: s002-a01
                source_id: s002
                event_id: e-2024-04-02-call
                stated_date: \(marker)\(date)
            """)
    }

    public static let description = RuleDescription(
        id: "date.conflict", severity: .warning,
        summary: "Two sources give one event dates that cannot both hold.",
        explanation: """
            Accounts of one event from different sources each imply a date: the calendar date they write \
            (`stated-date`) or, failing that, their date expression resolved against its anchor. When two \
            such dates cannot overlap, the sources disagree. When either date is day-level, the two may be \
            up to `time-zone-slack` days apart (1 by default), since a US and a Chinese account of one call \
            may fall on different calendar days: the slack is allowed once between the two dates, not on \
            each side, so with the default 2 and 3 April agree but 2 and 4 April do not. Accounts are grouped \
            by event, so only accounts of the same event are compared. The finding lands on the later \
            account and names the other.
            """,
        requirements: [.checks([.statedDate, .dateExpression]), .path(to: .event), .path(to: .source)],
        options: [DateFacts.timeZoneSlackOption],
        triggering: [
            RuleExample(DateExamples.with(sources: secondSource, """
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
            // The slack is allowed once between the two dates: 2 and 4 April are two days apart.
            RuleExample(twoDates("2024-04-04", marker: "↓")),
            RuleExample(twoDates("2024-04-03", marker: "↓"), options: ["time-zone-slack": .number(0)]),
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
            RuleExample(twoDates("2024-04-03")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let slack = context.timeZoneSlack(for: Self.self)
        var findings: [Finding] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            let statedField = table.schema.index(of: .statedDate)
            let expressionField = table.schema.index(of: .dateExpression)
            guard statedField != nil || expressionField != nil else { continue }
            var byEvent: [String: [(record: Record, source: String, span: DateSpan, dayLevel: Bool, shown: String)]] = [:]
            for (row, record) in table.records.enumerated() {
                guard let event = context.index.event(ofRow: row, inTableAt: tableIndex),
                      let source = context.index.source(ofRow: row, inTableAt: tableIndex),
                      let claimed = claimedDate(of: record, in: table, statedField: statedField,
                                                expressionField: expressionField, facts: facts) else { continue }
                let sourceKey = facts.sources.map { $0.key(of: source) } ?? ""
                byEvent[facts.key(ofEvent: event), default: []].append((record, sourceKey, claimed.span, claimed.dayLevel, claimed.shown))
            }
            for (eventKey, accounts) in byEvent.sorted(by: { $0.key < $1.key }) {
                for (position, later) in accounts.enumerated() {
                    guard let earlier = accounts[..<position].first(where: { other in
                        // Widening one side by the slack allows it once between the two dates.
                        other.source != later.source
                            && !other.span.widened(by: other.dayLevel || later.dayLevel ? slack : 0).overlaps(later.span)
                    }) else { continue }
                    findings.append(context.finding(
                        Self.self, "\(later.shown) cannot be the date that \(table.name) \(table.key(of: earlier.record)) gives event \(eventKey) (\(earlier.shown))",
                        table: table, record: later.record, field: later.shown.hasPrefix("'") ? expressionField : statedField,
                        role: .later, related: [context.reference(table: table, record: earlier.record, role: .earlier)]))
                }
            }
        }
        return findings
    }

    /// The span a record's own words give its event, and whether it is a day (time zones matter).
    private func claimedDate(of record: Record, in table: Table, statedField: Int?, expressionField: Int?,
                             facts: DateFacts) -> (span: DateSpan, dayLevel: Bool, shown: String)? {
        if let statedField, let date = record.values[statedField].dateValue {
            return (DateSpan(day: date), true, "\(date)")
        }
        guard let expressionField, let expression = record.values[expressionField].stringValue,
              let anchor = facts.anchor(of: record, in: table),
              let value = TemporalResolver.resolve(expression, anchor: anchor.span, tense: facts.tense(of: record, in: table)).temporalValue
        else { return nil }
        return (value.span, value.granularity == .day, "'\(expression)' (\(value.span))")
    }
}
