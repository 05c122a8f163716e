import ReadoutModel
import Temporal

/// An event told as past but dated after its source's publication, or told as planned but dated before it.
public struct AfterPublicationRule: Rule {
    public static let description = RuleDescription(
        id: "date.after-publication", severity: .error, otherSeverities: [.warning],
        summary: "An event told as past is dated after the source's publication (or a planned one told as to come, before it).",
        explanation: """
            The rule is about the source's telling. An account in the past tense (`tense`) cannot be about \
            a day after its source was published (`publication-date`, or the latest of an inferred date's \
            bounds), allowing `time-zone-slack` days (1 by default) for time zones, whatever the event's \
            `event-status`. For an event that occurred this is an error, the classic event-data error of \
            dating a past event by the article, or a wrong year. For an event whose status says it lies \
            ahead (planned, proposed...) it is a warning: the record already dates it after the article, so \
            the past tense is the article's slip ("ran" for "is running", kept as written) or the record's \
            `tense` is wrong. The other way round, an event still `planned` or `proposed`, told in \
            the future tense but dated wholly before the publication, is reported too: either it happened \
            (update its status) or its date is wrong. A photo caption (`from-caption`) is written when the \
            photo is taken, so its future tense is left to `date.stale-caption`.
            """,
        requirements: [.checks([.tense]), .path(to: .event), .path(to: .source), .annotation([.eventStatus], on: .event),
                       .annotation([.publicationDate, .publicationDateEarliest, .publicationDateLatest], on: .source)],
        options: [DateFacts.timeZoneSlackOption],
        triggering: [
            RuleExample(DateExamples.with(events: """
                  - id: e-2024-05-20-inauguration
                    kind: inauguration
                    label: Lai Ching-te is inaugurated
                    date_from: 2024-05-20
                    date_to: 2024-05-20
                    date_precision: day
                    status: occurred

                """, """
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: ↓e-2024-05-20-inauguration
                    tense: past
                """)),
            RuleExample(DateExamples.with(events: """
                  - id: e-2024-05-20-inauguration
                    kind: inauguration
                    label: Lai Ching-te is inaugurated
                    date_from: 2024-05-20
                    date_to: 2024-05-20
                    date_precision: day
                    status: planned

                """, """
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: ↓e-2024-05-20-inauguration
                    tense: past
                """)),
            RuleExample(DateExamples.with(events: """
                  - id: e-2024-03-10-visit
                    kind: visit
                    label: Yellen visits China
                    date_from: 2024-03-10
                    date_to: 2024-03-12
                    date_precision: day
                    status: planned

                """, """
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: ↓e-2024-03-10-visit
                    tense: future
                """)),
        ],
        nonTriggering: [
            RuleExample(DateExamples.with(events: """
                  - id: e-2024-05-20-inauguration
                    kind: inauguration
                    label: Lai Ching-te is inaugurated
                    date_from: 2024-05-20
                    date_to: 2024-05-20
                    date_precision: day
                    status: planned

                """, """
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-05-20-inauguration
                    tense: future
                """)),
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2024-04-02-call
                    tense: past
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let slack = context.timeZoneSlack(for: Self.self)
        var findings: [Finding] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() where table.schema.has(.tense) && table.name != context.index.eventTable {
            let eventField = table.schema.foreignKeys.first { key in
                key.fields.count == 1 && key.referencedTable(from: table.name) == context.index.eventTable
            }.flatMap { table.schema.index(of: $0.fields[0]) }
            for (row, record) in table.records.enumerated() {
                guard let event = context.index.event(ofRow: row, inTableAt: tableIndex), let span = facts.span(ofEvent: event),
                      let source = context.index.source(ofRow: row, inTableAt: tableIndex),
                      let published = facts.publication(of: source) else { continue }
                let tense = facts.tense(of: record, in: table)
                let status = facts.status(ofEvent: event)
                let key = facts.key(ofEvent: event)
                if tense == .past, span.from > published.to.adding(days: slack) {
                    let told = status.map { $0 == .occurred ? "occurred" : "its status is \($0.rawValue)" } ?? "its status is unknown"
                    findings.append(context.finding(
                        Self.self, "event \(key) is told as past (\(told)), but is dated \(span), after the source's publication (\(published))",
                        severity: status != .occurred ? .warning : nil, table: table, record: record, field: eventField))
                } else if let status, status == .planned || status == .proposed, tense == .future, !facts.isCaption(record, in: table),
                          span.to < published.from.adding(days: -slack) {
                    findings.append(context.finding(
                        Self.self, "\(status.rawValue) event \(key) is dated \(span), before the source's publication (\(published)): did it happen, or is the date wrong?",
                        table: table, record: record, field: eventField))
                }
            }
        }
        return findings
    }
}
