import ReadoutModel

/// One section per event: its facts, its timeline (related events and the publication dates of the
/// sources that report it, with findings marked), the timeline as a table, and its findings.
enum EventSection {
    static func render(_ data: ReportData, options: ReportOptions) -> Markup {
        let timelines = EventTimeline.all(data)
        var parts: [Markup] = [
            .element("h2", ["id": "events-heading"], text: data.eventsHeading),
            .element("p", [:], [
                .text(tableSentence(data)),
                .text("Each event's timeline shows the event, the events related to it (its parent, events a claim measures "
                      + "it from, events its date is counted from) and when each source that reports it was published: "),
                .text("a bar or diamond for an event (a dashed line when only one end is known), a dot for a stated "
                      + "publication date, a range between end bars for an inferred one. Marks after a row count its findings: "),
                .text("\u{25A0} error, \u{25B2} warning, \u{25CF} info; filled when open, hollow when reviewed."),
            ]),
        ]
        if timelines.isEmpty { parts.append(.element("p", text: "The data has no events.")) }
        parts.append(.element("ul", ["class": "event-index"], timelines.enumerated().map { number, timeline in
            .element("li", [:], [.element("a", ["href": "#" + id(number)], text: timeline.event.name),
                                .text(" (\(timeline.event.dateText))")])
        }))
        for (number, timeline) in timelines.enumerated() {
            parts.append(event(timeline, id: id(number), data: data, options: options))
        }
        return .element("section", ["id": "events", "aria-labelledby": "events-heading"], [.lines(parts)])
    }

    /// "One section per record of table events (Calls, meetings...). ", from the schema.
    private static func tableSentence(_ data: ReportData) -> String {
        guard let events = data.events else { return "" }
        let title = data.title(ofTable: events.name).map { " (\($0))" } ?? ""
        return "One section per record of table \(events.name)\(title). "
    }

    static func id(_ number: Int) -> String {
        "event-\(number + 1)"
    }

    private static func event(_ timeline: EventTimeline, id: String, data: ReportData, options: ReportOptions) -> Markup {
        let event = timeline.event
        var facts: [(String, String)] = [("Id", event.key), ("Date", event.dateText)]
        func label(_ annotation: SchemaAnnotation, _ fallback: String) -> String {
            data.events.flatMap { data.label(annotation, in: $0) } ?? fallback
        }
        if let kind = event.kind { facts.append((label(.eventKind, "Kind"), kind)) }
        if let status = event.status { facts.append((label(.eventStatus, "Status"), status)) }
        if let note = event.note { facts.append((label(.note, "Note"), note)) }
        var parts: [Markup] = [
            .element("h3", ["id": id + "-heading"], text: event.name),
            .element("dl", ["class": "facts"], facts.flatMap { term, value in
                [Markup.element("dt", text: term), .element("dd", text: value)]
            }),
            .element("figure", [:], [TimelineSVG.render(timeline, id: id + "-timeline")]),
            .element("details", [:], [
                .element("summary", text: "The timeline as a table"),
                DataTable(caption: "Dates on the timeline of \(event.name)", columns: ["Row", "From", "To", "What", "Findings"],
                          rows: timeline.rows.map { row in
                              DataTable.Row(header: .text(row.label), cells: [
                                  .text(row.from?.description ?? "not known"), .text(row.to?.description ?? "not known"),
                                  .text(row.detail), .text(row.marks.isEmpty ? "none" : row.marks.map(\.text).joined(separator: ", ")),
                              ])
                          }).markup,
            ]),
        ]
        parts.append(.element("h4", text: "Findings on this event (\(timeline.findings.count))"))
        if timeline.findings.isEmpty {
            parts.append(.element("p", text: "None."))
        } else {
            parts.append(.element("ul", ["class": "findings"], timeline.findings.map { position in
                let finding = data.validation.findings[position]
                return .element("li", [:], [
                    FindingStatus.markup(finding), .text(" "), .element("code", text: finding.ruleID), .text(": "),
                    .element("a", ["href": "#" + FindingPlace.anchor(position)], text: finding.message),
                    .text(" ("), FindingPlace.markup(finding.location, options: options), .text(")"),
                ])
            }))
        }
        return .element("section", ["class": "event", "id": id, "aria-labelledby": id + "-heading"], [.lines(parts)])
    }
}
