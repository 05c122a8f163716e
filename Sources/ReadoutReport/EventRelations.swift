import ReadoutModel

/// How events relate to each other in the data: a parent event, claims that measure one event from
/// another ("two months earlier"), and accounts dated relative to another event (their anchor).
struct EventRelations {
    /// An event related to another, and every way the two are related.
    struct Related: Equatable {
        var key: String
        var relations: [String]
    }

    /// Event key → related events, in key order.
    let byEvent: [String: [Related]]

    init(data: ReportData) {
        var found: [String: [String: [String]]] = [:]
        func relate(_ event: String, _ other: String, _ relation: String) {
            guard event != other else { return }
            found[event, default: [:]][other, default: []].append(relation)
        }
        if let events = data.events {
            for record in events.records {
                let event = ReportData.Located(table: events, record: record)
                guard let parent = data.string(.eventParent, of: event) else { continue }
                let key = events.key(of: record)
                relate(key, parent, "the event this one is part of")
                relate(parent, key, "part of this event")
            }
        }
        for table in data.validation.dataset.tables where table.name != data.events?.name {
            let claims = table.schema.has(.claimEvent) && table.schema.has(.claimReferenceEvent)
            let anchored = table.schema.has(.dateAnchorEvent)
            guard claims || anchored else { continue }
            for record in table.records {
                let located = ReportData.Located(table: table, record: record)
                let key = table.key(of: record)
                if claims, let event = data.string(.claimEvent, of: located),
                   let reference = data.string(.claimReferenceEvent, of: located) {
                    let text = data.string(.claimText, of: located).map { ": \u{201C}\($0)\u{201D}" } ?? ""
                    relate(event, reference, "measured from in \(table.name) \(key)\(text)")
                    relate(reference, event, "measured from this one in \(table.name) \(key)\(text)")
                }
                if anchored, let anchor = data.string(.dateAnchorEvent, of: located),
                   let event = data.eventKey(of: RecordReference(table: table.name, key: key, location: nil)) {
                    let expression = data.string(.dateExpression, of: located).map { " (\u{201C}\($0)\u{201D})" } ?? ""
                    relate(event, anchor, "the date anchor of \(table.name) \(key)\(expression)")
                    relate(anchor, event, "dated from this one in \(table.name) \(key)\(expression)")
                }
            }
        }
        byEvent = found.mapValues { others in
            others.keys.sorted().map { Related(key: $0, relations: others[$0] ?? []) }
        }
    }

    func related(to event: String) -> [Related] {
        byEvent[event] ?? []
    }
}
