import ReadoutModel

/// The conflicting accounts (findings of rules `conflict.*`): the two versions side by side with the
/// words that differ marked, each with its attribution and source.
enum ConflictSection {
    static let rulePrefix = "conflict."

    static func render(_ data: ReportData, options: ReportOptions) -> Markup {
        let conflicts = data.validation.findings.enumerated().filter { $0.element.ruleID.hasPrefix(rulePrefix) }
        var parts: [Markup] = [.element("h2", ["id": "conflicts-heading"], text: "Conflicting accounts")]
        if conflicts.isEmpty {
            parts.append(.element("p", text: "No conflicting accounts were found."))
        } else {
            parts.append(.element("p", [:], [
                .text("Two sources tell one thing differently. In each pair, "),
                .element("del", text: "struck-through words"), .text(" are only in the first account and "),
                .element("ins", text: "underlined words"), .text(" only in the second (case and punctuation aside)."),
            ]))
        }
        for (number, (position, finding)) in conflicts.enumerated() {
            parts.append(conflict(finding, position: position, number: number + 1, data: data, options: options))
        }
        return .element("section", ["id": "conflicts", "aria-labelledby": "conflicts-heading"], [.lines(parts)])
    }

    private static func conflict(_ finding: Finding, position: Int, number: Int, data: ReportData, options: ReportOptions) -> Markup {
        // The rules say which record is which account; the diff runs from the first to the second.
        let first = finding.record(playing: .firstAccount), second = finding.record(playing: .secondAccount) ?? finding.subject
        let id = "conflict-\(number)"
        let keys = ([first].compactMap { $0 } + [second]).map { "\($0.table ?? "") \($0.key)" }.joined(separator: " and ")
        var parts: [Markup] = [
            .element("h3", ["id": id + "-heading"], text: "\(finding.ruleID): \(keys)"),
            .element("p", [:], [
                FindingStatus.markup(finding), .text(" "),
                .element("a", ["href": "#" + FindingPlace.anchor(position)], text: "Finding \(position + 1)"),
                .text(", at "), FindingPlace.markup(finding.location, options: options), .text("."),
            ]),
        ]
        var sides: [Markup] = []
        if let first { sides.append(side(first, label: "First account", side: .first, finding: finding, data: data, options: options)) }
        sides.append(side(second, label: first == nil ? "Account" : "Second account", side: .second, finding: finding,
                          data: data, options: options))
        parts.append(.element("div", ["class": "side-by-side"], sides))
        if let diff = finding.diff {
            parts.append(.element("p", ["class": "diff"], [.text("Word diff: "), .element("code", text: diff)]))
        }
        parts.append(.element("p", text: finding.message))
        if let review = finding.review {
            parts.append(.element("p", ["class": "review"], text: "Reviewed \(review.date): \(review.reason)"))
        }
        return .element("article", ["class": "conflict", "id": id, "aria-labelledby": id + "-heading"], [.lines(parts)])
    }

    private static func side(_ reference: RecordReference, label: String, side: WordDiff.Side, finding: Finding,
                             data: ReportData, options: ReportOptions) -> Markup {
        let located = data.located(reference)
        let sourceKey = data.sourceKey(of: reference)
        let heading = label + (sourceKey.map { ": \(data.sourceLabel) \($0)" } ?? "")
        var parts: [Markup] = [.element("h4", text: heading)]
        let text = located.flatMap(data.statedText(of:)) ?? "(the record is not in the data)"
        parts.append(.element("blockquote", [:], [DiffHighlight.markup(text, diff: finding.wordDiff, side: side)]))
        var facts: [(String, Markup)] = [("Record", .text("\(reference.table ?? "") \(reference.key)"))]
        if let located {
            if let speaker = data.referenced(by: .speaker, of: located).map(data.displayName(of:)) ?? data.string(.speaker, of: located) {
                facts.append((data.label(.speaker, in: located.table) ?? "Speaker", .text(speaker)))
            }
            if let mode = data.string(.statementMode, of: located) {
                facts.append((data.label(.statementMode, in: located.table) ?? "Mode", .text(mode)))
            }
            facts.append((data.label(.attribution, in: located.table) ?? "Attribution",
                          .text(AttributionText.describe(located, data: data))))
        }
        if let sourceKey, let source = data.source(key: sourceKey) {
            facts.append((data.sources.map { ReportData.heading($0.name) } ?? "Source", .text(SourceText.describe(source, data: data))))
        }
        if let located, let evidence = data.string(.evidence, of: located) {
            facts.append((data.label(.evidence, in: located.table) ?? "Evidence", .element("q", text: evidence)))
        }
        facts.append(("Where", FindingPlace.markup(reference.location, options: options)))
        parts.append(.element("dl", [:], facts.flatMap { term, value in [Markup.element("dt", text: term), .element("dd", [:], [value])] }))
        return .element("section", ["class": "account", "aria-label": heading], [.lines(parts)])
    }
}
