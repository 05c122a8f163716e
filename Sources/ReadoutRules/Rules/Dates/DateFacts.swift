import ReadoutModel
import Temporal

/// The dates the date rules read, found through the schema's annotations.
struct DateFacts {
    /// A US and a Chinese account of one call may fall on different calendar days
    /// (Washington is 12 to 13 hours behind Beijing): day-level comparisons allow one day either way.
    static let timeZoneSlack = 1

    let context: RuleContext
    let sources: Table?
    let events: Table?

    init(context: RuleContext) {
        self.context = context
        sources = context.index.sourceTable.flatMap(context.dataset.table(named:))
        events = context.index.eventTable.flatMap(context.dataset.table(named:))
    }

    /// The days a source may have been published on: its stated date, or its inferred bounds.
    func publication(of source: Record) -> DateSpan? {
        guard let schema = sources?.schema else { return nil }
        let stated = schema.index(of: .publicationDate).flatMap { source.values[$0].dateValue }
        let earliest = schema.index(of: .publicationDateEarliest).flatMap { source.values[$0].dateValue } ?? stated
        let latest = schema.index(of: .publicationDateLatest).flatMap { source.values[$0].dateValue } ?? stated
        guard let earliest, let latest, earliest <= latest else { return nil }
        return DateSpan(from: earliest, to: latest)
    }

    /// The days an event is recorded to lie within; nil when its dates are unknown or reversed.
    func span(ofEvent event: Record) -> DateSpan? {
        guard let schema = events?.schema,
              let from = schema.index(of: .eventDateFrom).flatMap({ event.values[$0].dateValue }) else { return nil }
        let to = schema.index(of: .eventDateTo).flatMap { event.values[$0].dateValue } ?? from
        return from <= to ? DateSpan(from: from, to: to) : nil
    }

    func status(ofEvent event: Record) -> EventStatus? {
        events?.schema.meaning(EventStatus.self, of: event.values)
    }

    func kind(ofEvent event: Record) -> String? {
        events?.schema.index(of: .eventKind).flatMap { event.values[$0].stringValue }
    }

    func key(ofEvent event: Record) -> String {
        events?.key(of: event) ?? ""
    }

    func event(key: String) -> Record? {
        events.flatMap { context.index.record(in: $0.name, key: key) }
    }

    /// What a record's date expression counts from: its anchor event when it names one, else its
    /// source's publication. The label says which, for messages. A photo caption is written when the
    /// photo is taken, not when the article is published, so a caption's expression has no anchor
    /// unless it names an event.
    func anchor(of record: Record, in table: Table) -> (span: DateSpan, label: String)? {
        if let field = table.schema.index(of: .dateAnchorEvent), let key = record.values[field].stringValue {
            guard let event = event(key: key), let span = span(ofEvent: event) else { return nil }
            return (span, "event \(key) (\(span))")
        }
        if isCaption(record, in: table) { return nil }
        guard let source = context.index.source(of: record, in: table.name), let span = publication(of: source) else {
            return nil
        }
        return (span, "publication \(span)")
    }

    /// The date at which a mention's title is given: its `title-as-of-event`, else its source's publication.
    func titleDate(of record: Record, in table: Table) -> (span: DateSpan, label: String)? {
        if let field = table.schema.index(of: .titleAsOfEvent), let key = record.values[field].stringValue {
            guard let event = event(key: key), let span = span(ofEvent: event) else { return nil }
            return (span, "event \(key) (\(span))")
        }
        guard let source = context.index.source(of: record, in: table.name), let span = publication(of: source) else {
            return nil
        }
        return (span, "publication (\(span))")
    }

    func isCaption(_ record: Record, in table: Table) -> Bool {
        table.schema.index(of: .fromCaption).map { record.values[$0].booleanValue == true } ?? false
    }

    func tense(of record: Record, in table: Table) -> Tense {
        table.schema.meaning(Tense.self, of: record.values) ?? .past
    }
}

extension DateSpan {
    func widened(by days: Int) -> DateSpan {
        DateSpan(from: from.adding(days: -days), to: to.adding(days: days))
    }
}
