import ReadoutModel
import Temporal

/// One event's timeline: a row for the event, one for each related event and one for each source
/// that reports it (its publication date, or the bounds of an inferred one), with the findings on
/// each row counted by severity.
struct EventTimeline {
    struct Row: Equatable {
        enum Kind: Equatable { case event, related, publication }
        var kind: Kind
        /// Short enough for the timeline's label column.
        var label: String
        /// The whole story: the relation, the publication date and headline.
        var detail: String
        var from: CalendarDate?
        var to: CalendarDate?
        var marks: [Mark]
        /// For a publication row: the date is inferred, not stated.
        var inferred = false
    }

    /// How many findings of one severity, open or reviewed, sit on a row.
    struct Mark: Equatable {
        var severity: Severity
        var reviewed: Bool
        var count: Int

        var text: String {
            "\(count) \(reviewed ? "reviewed " : "")\(severity.rawValue)\(count == 1 ? "" : "s")"
        }
    }

    var event: EventFacts
    var rows: [Row]
    /// Positions in `Validation.findings` of the findings that concern this event, in finding order.
    var findings: [Int]

    /// A timeline per event, in date order.
    static func all(_ data: ReportData) -> [EventTimeline] {
        guard let events = data.events else { return [] }
        let relations = EventRelations(data: data)
        var reporters: [String: Set<String>] = [:]
        for pair in data.recordsWithEventAndSource() {
            reporters[pair.event, default: []].insert(pair.source)
        }
        // Event → row ("" for the event's own row, else the source key) → finding positions.
        var onRows: [String: [String: Set<Int>]] = [:]
        for (position, finding) in data.validation.findings.enumerated() {
            for reference in [finding.subject] + finding.related {
                guard let event = data.eventKey(of: reference) else { continue }
                onRows[event, default: [:]][data.sourceKey(of: reference) ?? "", default: []].insert(position)
            }
        }
        let facts = events.records.map { EventFacts(ReportData.Located(table: events, record: $0), data: data) }
        return facts.sorted(by: EventFacts.chronological).map { event in
            let rowsOfEvent = onRows[event.key] ?? [:]
            func marksOnRow(_ row: String) -> [Mark] {
                marks(rowsOfEvent[row] ?? [], findings: data.validation.findings)
            }
            var rows = [Row(kind: .event, label: "This event", detail: "\(event.name): \(event.dateText)",
                            from: event.from, to: event.to, marks: marksOnRow(""))]
            for related in relations.related(to: event.key) {
                guard let located = data.event(key: related.key) else { continue }
                let other = EventFacts(located, data: data)
                rows.append(Row(kind: .related, label: other.name,
                                detail: "\(other.name) (\(other.dateText)): " + related.relations.joined(separator: "; "),
                                from: other.from, to: other.to, marks: []))
            }
            for source in (reporters[event.key] ?? []).sorted() {
                guard let located = data.source(key: source) else { continue }
                let publication = Publication(located, data: data)
                let title = data.string(.sourceTitle, of: located).map { ", \u{201C}\($0)\u{201D}" } ?? ""
                rows.append(Row(kind: .publication, label: "\(data.sourceLabel) \(source)",
                                detail: "\(data.sourceLabel) \(source)\(title): \(publication.text)",
                                from: publication.earliest, to: publication.latest, marks: marksOnRow(source),
                                inferred: !publication.stated))
            }
            let all = rowsOfEvent.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
            return EventTimeline(event: event, rows: rows, findings: all.sorted())
        }
    }

    static func marks(_ positions: Set<Int>, findings: [Finding]) -> [Mark] {
        var counts: [Mark] = []
        for severity in Severity.allCases {
            for reviewed in [false, true] {
                let count = positions.count { findings[$0].severity == severity && (findings[$0].review != nil) == reviewed }
                if count > 0 { counts.append(Mark(severity: severity, reviewed: reviewed, count: count)) }
            }
        }
        return counts
    }
}
