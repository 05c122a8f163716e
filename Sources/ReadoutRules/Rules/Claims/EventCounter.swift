import ReadoutModel
import Temporal

/// Counts events by kind and participants, for ordinal claims: every event the events table holds,
/// whatever its basis (articles or the public record), not only those that accounts describe.
struct EventCounter {
    struct Event {
        let key: String
        let kind: String
        let span: DateSpan
        let status: String?
        let occurred: Bool
    }

    /// How the participants of a candidate event must match those of the claimed event.
    enum Matching: String {
        /// Every participant recorded for the claimed event is recorded for the candidate.
        case all
        /// At least one of them is.
        case any
        /// Every participant that all sources naming participants of the claimed event agree on is:
        /// a fuller delegation in one source does not raise the bar.
        case core
    }

    /// What was counted for a claim, and the events of the counted kinds in its window that were not,
    /// each with why.
    struct Count {
        let counted: [String]
        let leftOut: [(key: String, reason: String)]
    }

    private let facts: DateFacts
    /// Events by kind, each kind's list in date order.
    private let eventsByKind: [String: [Event]]
    /// Per event, per source: the actors that source's accounts name as participants.
    private let participantsBySource: [String: [String: Set<String>]]

    init(context: RuleContext, facts: DateFacts) {
        self.facts = facts
        var byKind: [String: [Event]] = [:]
        for record in facts.events?.records ?? [] {
            guard let kind = facts.kind(ofEvent: record), let span = facts.span(ofEvent: record) else { continue }
            let status = facts.status(ofEvent: record)
            // Messages show the schema's own value; the rule reads its meaning.
            let written = facts.events?.schema.index(bound: EventStatus.self).flatMap { record.values[$0].stringValue }
            byKind[kind, default: []].append(Event(key: facts.key(ofEvent: record), kind: kind, span: span,
                                                   status: written, occurred: status == .occurred))
        }
        eventsByKind = byKind.mapValues { $0.sorted { ($0.span.from, $0.key) < ($1.span.from, $1.key) } }
        var participants: [String: [String: Set<String>]] = [:]
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            guard let field = table.schema.index(of: .participant) else { continue }
            for (row, record) in table.records.enumerated() {
                guard let actor = record.values[field].text, let event = context.index.event(ofRow: row, inTableAt: tableIndex) else { continue }
                let source = context.index.sourceKey(ofRow: row, inTableAt: tableIndex) ?? ""
                participants[facts.key(ofEvent: event), default: [:]][source, default: []].insert(actor)
            }
        }
        participantsBySource = participants
    }

    /// Every actor any account of an event names as a participant.
    func participants(of eventKey: String) -> Set<String> {
        (participantsBySource[eventKey] ?? [:]).values.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    /// The events counted for a claim about `eventKey`, with the near misses; nil when the claim cannot be
    /// checked (its events are undated, or nobody is recorded as taking part in the claimed event).
    /// `countUnrecorded` counts candidates with no participant recorded (events known from the public
    /// record that no account describes) instead of leaving them out.
    func count(upTo eventKey: String, since referenceKey: String?, kinds: Set<String>?, matching: Matching,
               countUnrecorded: Bool) -> Count? {
        guard let event = facts.event(key: eventKey), let span = facts.span(ofEvent: event),
              let kind = facts.kind(ofEvent: event) else { return nil }
        let people = required(of: eventKey, matching: matching)
        guard !people.isEmpty else { return nil }
        var after: CalendarDate?
        if let referenceKey {
            guard let reference = facts.event(key: referenceKey), let referenceSpan = facts.span(ofEvent: reference) else { return nil }
            after = referenceSpan.to
        }
        let window = (kinds ?? [kind]).sorted().flatMap { eventsByKind[$0] ?? [] }.filter { candidate in
            candidate.key != referenceKey && candidate.span.from <= span.from && after.map { candidate.span.from > $0 } ?? true
        }.sorted { ($0.span.from, $0.key) < ($1.span.from, $1.key) }
        var counted: [String] = []
        var leftOut: [(String, String)] = []
        for candidate in window {
            if let reason = reasonToLeaveOut(candidate, claimed: eventKey, people: people, matching: matching,
                                             countUnrecorded: countUnrecorded) {
                leftOut.append((candidate.key, reason))
            } else {
                counted.append(candidate.key)
            }
        }
        return Count(counted: counted, leftOut: leftOut)
    }

    /// The participants a candidate must share, per `matching`.
    private func required(of eventKey: String, matching: Matching) -> Set<String> {
        guard matching == .core else { return participants(of: eventKey) }
        let named = (participantsBySource[eventKey] ?? [:]).values.filter { !$0.isEmpty }
        guard let first = named.first else { return [] }
        return named.dropFirst().reduce(first) { $0.intersection($1) }
    }

    private func reasonToLeaveOut(_ candidate: Event, claimed: String, people: Set<String>, matching: Matching,
                                  countUnrecorded: Bool) -> String? {
        guard candidate.key != claimed else { return nil }
        guard candidate.occurred else { return "its status is \(candidate.status ?? "not given"), not occurred" }
        let theirs = participants(of: candidate.key)
        if theirs.isEmpty {
            return countUnrecorded ? nil : "no participant of it is recorded (unrecorded-participants: count would count it)"
        }
        let missing = people.subtracting(theirs).sorted()
        switch matching {
        case .all, .core:
            guard !missing.isEmpty else { return nil }
            return "its participants (\(theirs.sorted().joined(separator: ", "))) do not include \(missing.joined(separator: ", "))"
        case .any:
            guard people.isDisjoint(with: theirs) else { return nil }
            return "none of its participants (\(theirs.sorted().joined(separator: ", "))) took part in the claimed event"
        }
    }
}
