import ReadoutModel
import Temporal

/// A photo caption that speaks of an event to come which, by the article's date, is long past.
public struct StaleCaptionRule: Rule {
    public static let description = RuleDescription(
        id: "date.stale-caption", severity: .info,
        summary: "A photo caption tells as to come an event dated well before the source's publication: a reused caption.",
        explanation: """
            News sites reuse file photos with the caption written when the photo was taken ("Biden will \
            try ... on Wednesday"). An account from a caption (`from-caption`) in the future tense (`tense`) \
            of an event whose last day is more than `days` days (14 by default) before the source's \
            earliest publication day is such a caption: the caption is older than the article, so its \
            date expressions count from the caption's day, not the article's. Information: the record is \
            right to keep the caption's words. Place names are not compared: the schema has no place \
            annotation, so a caption's places (s000's "San Francisco" against "Woodside") stay in notes.
            """,
        // The tables that tell a tense: a caption without one (a mention, a claim) is never told as to come.
        requirements: [.checks([.tense]), .field([.fromCaption]), .path(to: .event), .path(to: .source),
                       .annotation([.publicationDate, .publicationDateEarliest], on: .source)],
        options: [RuleOption("days", default: 14, unit: "days", whole: true, range: 0...3650,
                             "how long before the publication a caption's event to come must end to call the caption stale")],
        triggering: [
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: ↓e-2023-11-15-meeting
                    date_expression: on Wednesday
                    tense: future
                    from_caption: true
                """)),
        ],
        nonTriggering: [
            // Told as past, or within the window, or not a caption.
            RuleExample(DateExamples.with("""
                accounts:
                  - id: s001-a01
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    tense: past
                    from_caption: true
                  - id: s001-a02
                    source_id: s001
                    event_id: e-2024-04-02-call
                    tense: future
                    from_caption: true
                  - id: s001-a03
                    source_id: s001
                    event_id: e-2023-11-15-meeting
                    tense: future
                """)),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let facts = DateFacts(context: context)
        let days = Int(context.option("days", for: Self.self))
        var findings: [Finding] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() where table.schema.has(.fromCaption) && table.schema.has(.tense) {
            let eventField = table.schema.foreignKeys.first { key in
                key.fields.count == 1 && key.referencedTable(from: table.name) == context.index.eventTable
            }.flatMap { table.schema.index(of: $0.fields[0]) }
            for (row, record) in table.records.enumerated() where facts.isCaption(record, in: table) && facts.tense(of: record, in: table) == .future {
                guard let event = context.index.event(ofRow: row, inTableAt: tableIndex), let span = facts.span(ofEvent: event),
                      let source = context.index.source(ofRow: row, inTableAt: tableIndex),
                      let published = facts.publication(of: source), span.to < published.from.adding(days: -days) else { continue }
                findings.append(context.finding(
                    Self.self, "a caption tells event \(facts.key(ofEvent: event)) (\(span)) as to come, but the source was published \(published): the caption was written before the article",
                    table: table, record: record, field: eventField))
            }
        }
        return findings
    }
}
