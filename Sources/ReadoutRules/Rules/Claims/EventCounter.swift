import ReadoutModel
import Temporal

/// Counts events by kind and participants, for ordinal claims.
struct EventCounter {
    struct Event {
        let key: String
        let kind: String
        let span: DateSpan
        let occurred: Bool
    }

    private let facts: DateFacts
    /// Events by kind, each kind's list in date order.
    private let eventsByKind: [String: [Event]]
    /// Every actor any account of an event names as a participant.
    private let participants: [String: Set<String>]

    init(context: RuleContext, facts: DateFacts) {
        self.facts = facts
        var byKind: [String: [Event]] = [:]
        for record in facts.events?.records ?? [] {
            guard let kind = facts.kind(ofEvent: record), let span = facts.span(ofEvent: record) else { continue }
            byKind[kind, default: []].append(Event(key: facts.key(ofEvent: record), kind: kind, span: span,
                                                   occurred: facts.status(ofEvent: record) == .occurred))
        }
        eventsByKind = byKind.mapValues { $0.sorted { ($0.span.from, $0.key) < ($1.span.from, $1.key) } }
        var participants: [String: Set<String>] = [:]
        for table in context.dataset.tables {
            guard let field = table.schema.index(of: .participant) else { continue }
            for record in table.records {
                guard let actor = record.values[field].text, let event = context.index.event(of: record, in: table.name) else { continue }
                participants[facts.key(ofEvent: event), default: []].insert(actor)
            }
        }
        self.participants = participants
    }

    /// The keys of the events counted for a claim about `eventKey`, or nil when the claim cannot be
    /// checked (its events are undated, or nobody is recorded as taking part).
    func count(upTo eventKey: String, since referenceKey: String?, kinds: Set<String>?) -> [String]? {
        guard let event = facts.event(key: eventKey), let span = facts.span(ofEvent: event),
              let kind = facts.kind(ofEvent: event), let people = participants[eventKey], !people.isEmpty else { return nil }
        var after: CalendarDate?
        if let referenceKey {
            guard let reference = facts.event(key: referenceKey), let referenceSpan = facts.span(ofEvent: reference) else { return nil }
            after = referenceSpan.to
        }
        let candidates = (kinds ?? [kind]).sorted().flatMap { eventsByKind[$0] ?? [] }
        let counted = candidates.filter { candidate in
            guard candidate.occurred || candidate.key == eventKey, candidate.key != referenceKey,
                  candidate.span.from <= span.from else { return false }
            if let after, candidate.span.from <= after { return false }
            return people.isSubset(of: participants[candidate.key] ?? [])
        }
        return counted.sorted { ($0.span.from, $0.key) < ($1.span.from, $1.key) }.map(\.key)
    }
}
