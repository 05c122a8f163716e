/// Draws an event's timeline as inline SVG: a row per event or source, days left to right, findings
/// as marks after each row's span. Shapes, not colours alone, tell the kinds apart.
enum TimelineSVG {
    static let width = 940
    static let plotLeft = 250
    static let plotRight = 740
    static let rowHeight = 28
    static let top = 6
    static let labelLength = 34

    /// `id` prefixes the ids of the SVG's title and description.
    static func render(_ timeline: EventTimeline, id: String) -> Markup {
        let days = timeline.rows.flatMap { [$0.from?.dayNumber, $0.to?.dayNumber].compactMap { $0 } }
        let axis = TimelineAxis(days: days, left: plotLeft, right: plotRight)
        let axisY = top + timeline.rows.count * rowHeight + 4
        let height = axisY + 24
        let title = "Timeline of \(timeline.event.name)"
        var parts: [Markup] = [
            .element("title", ["id": id + "-title"], text: title),
            .element("desc", ["id": id + "-desc"], text: description(timeline)),
        ]
        if let axis {
            parts += axis.ticks.map { tick in
                let x = String(axis.x(tick.day))
                return .element("g", [:], [
                    .element("line", ["x1": x, "x2": x, "y1": String(top), "y2": String(axisY + 4),
                                      "stroke": "#c8c8c8", "stroke-width": "1"]),
                    .element("text", ["x": x, "y": String(axisY + 18), "text-anchor": "middle",
                                      "font-size": "11", "fill": "#333333"], text: tick.label),
                ])
            }
            parts.append(.element("line", ["x1": String(plotLeft), "x2": String(plotRight), "y1": String(axisY),
                                           "y2": String(axisY), "stroke": "#555555", "stroke-width": "1"]))
        }
        for (position, row) in timeline.rows.enumerated() {
            parts.append(render(row, y: top + position * rowHeight, axis: axis, shaded: position % 2 == 1))
        }
        return .element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(width) \(height)",
            "width": String(width), "height": String(height), "role": "img",
            "aria-label": title, "aria-describedby": id + "-desc", "class": "timeline",
        ], parts)
    }

    /// One sentence per row, for screen readers (the SVG's `desc`).
    static func description(_ timeline: EventTimeline) -> String {
        timeline.rows.map { row in
            row.detail + (row.marks.isEmpty ? "" : "; findings: " + row.marks.map(\.text).joined(separator: ", "))
        }.joined(separator: ". ") + "."
    }

    private static func render(_ row: EventTimeline.Row, y: Int, axis: TimelineAxis?, shaded: Bool) -> Markup {
        let middle = y + rowHeight / 2
        var parts: [Markup] = [.element("title", text: row.detail)]
        if shaded {
            parts.append(.element("rect", ["x": "0", "y": String(y), "width": String(width),
                                           "height": String(rowHeight), "fill": "#f2f2f2"]))
        }
        let label = row.label.count > labelLength ? String(row.label.prefix(labelLength - 1)) + "\u{2026}" : row.label
        parts.append(.element("text", ["x": "8", "y": String(middle + 4), "font-size": "12", "fill": "#1a1a1a",
                                       "font-weight": row.kind == .event ? "bold" : nil], text: label))
        let (span, end) = spanMarkup(row, middle: middle, axis: axis)
        parts.append(span)
        var x = end + 14
        for mark in row.marks {
            parts.append(markShape(mark, x: x, middle: middle))
            let count = String(mark.count)
            parts.append(.element("text", ["x": String(x + 8), "y": String(middle + 4), "font-size": "11",
                                           "fill": "#1a1a1a"], text: count))
            x += 22 + 7 * count.count
        }
        return .element("g", [:], parts)
    }

    /// The row's days, and the x where its drawing ends (for the marks that follow).
    private static func spanMarkup(_ row: EventTimeline.Row, middle: Int, axis: TimelineAxis?) -> (Markup, Int) {
        guard let axis, row.from != nil || row.to != nil else {
            return (.element("text", ["x": String(plotLeft), "y": String(middle + 4), "font-size": "12",
                                      "font-style": "italic", "fill": "#333333"], text: "date not known"), plotLeft + 100)
        }
        let colour = row.kind == .event ? "#1f4e79" : row.kind == .related ? "#4d5866" : "#7a3e00"
        switch (row.from, row.to) {
        case let (from?, to?):
            let x1 = axis.x(from), x2 = axis.x(to)
            if row.kind == .publication {
                let drawing = publication(x1: x1, x2: x2, middle: middle, oneDay: from == to, inferred: row.inferred, colour: colour)
                return (drawing, max(x2, (x1 + x2) / 2 + 4) + 2)
            }
            if x2 - x1 < 8 { return (diamond(x: (x1 + x2) / 2, middle: middle, colour: colour), (x1 + x2) / 2 + 6) }
            return (.element("rect", ["x": String(x1), "y": String(middle - 6), "width": String(x2 - x1),
                                      "height": "12", "fill": colour]), x2)
        case let (from?, nil):
            // Known to start only: a dashed line runs on to the right edge.
            let x1 = axis.x(from)
            return (diamond(x: x1, middle: middle, colour: colour) + dashed(from: x1, to: plotRight, middle: middle, colour: colour), plotRight)
        case let (nil, to?):
            let x2 = axis.x(to)
            return (dashed(from: plotLeft, to: x2, middle: middle, colour: colour) + diamond(x: x2, middle: middle, colour: colour), x2 + 6)
        case (nil, nil):
            return (.empty, plotLeft)
        }
    }

    /// A stated date is a filled dot; an inferred one a range between end bars, however narrow (a hollow
    /// dot when the bounds are one day).
    private static func publication(x1: Int, x2: Int, middle: Int, oneDay: Bool, inferred: Bool, colour: String) -> Markup {
        if oneDay {
            return .element("circle", ["cx": String(x1), "cy": String(middle), "r": "5", "fill": inferred ? "#ffffff" : colour,
                                       "stroke": colour, "stroke-width": "2"])
        }
        let centre = (x1 + x2) / 2
        let left = min(x1, centre - 4), right = max(x2, centre + 4)
        let bar: (Int) -> Markup = { x in
            .element("line", ["x1": String(x), "x2": String(x), "y1": String(middle - 7), "y2": String(middle + 7),
                              "stroke": colour, "stroke-width": "2"])
        }
        return bar(left) + bar(right) + .element("line", ["x1": String(left), "x2": String(right), "y1": String(middle),
                                                        "y2": String(middle), "stroke": colour, "stroke-width": "3"])
    }

    private static func diamond(x: Int, middle: Int, colour: String) -> Markup {
        .element("polygon", ["points": "\(x),\(middle - 7) \(x + 7),\(middle) \(x),\(middle + 7) \(x - 7),\(middle)",
                             "fill": colour])
    }

    private static func dashed(from x1: Int, to x2: Int, middle: Int, colour: String) -> Markup {
        .element("line", ["x1": String(x1), "x2": String(x2), "y1": String(middle), "y2": String(middle),
                          "stroke": colour, "stroke-width": "2", "stroke-dasharray": "4 3"])
    }

    /// Error a square, warning a triangle, info a circle; filled when open, hollow when reviewed.
    private static func markShape(_ mark: EventTimeline.Mark, x: Int, middle: Int) -> Markup {
        let fill = mark.reviewed ? "#ffffff" : "#1a1a1a"
        let title = [Markup.element("title", text: mark.text)]
        switch mark.severity {
        case .error:
            return .element("rect", ["x": String(x - 5), "y": String(middle - 5), "width": "10", "height": "10",
                                     "fill": fill, "stroke": "#1a1a1a", "stroke-width": "1.5"], title)
        case .warning:
            return .element("polygon", ["points": "\(x),\(middle - 6) \(x + 6),\(middle + 5) \(x - 6),\(middle + 5)",
                                        "fill": fill, "stroke": "#1a1a1a", "stroke-width": "1.5"], title)
        case .info:
            return .element("circle", ["cx": String(x), "cy": String(middle), "r": "5",
                                       "fill": fill, "stroke": "#1a1a1a", "stroke-width": "1.5"], title)
        }
    }
}
