import ReadoutModel

/// The attribution findings (rules `attribution.*`): each statement or claim, its attribution as
/// written, and what is missing.
enum AttributionSection {
    static let rulePrefix = "attribution."

    static func render(_ data: ReportData, options: ReportOptions) -> Markup {
        let findings = data.validation.findings.enumerated().filter { $0.element.ruleID.hasPrefix(rulePrefix) }
        var parts: [Markup] = [.element("h2", ["id": "attribution-heading"], text: "Attribution")]
        if findings.isEmpty {
            parts.append(.element("p", text: "No attribution findings."))
        } else {
            parts.append(DataTable(
                caption: "\(attributedTables(data)) whose attribution is missing, anonymous, vague or relayed (\(findings.count))",
                columns: ["Record", "What it says", "Attribution as written", "What is missing", "Finding", "Where"],
                rows: findings.map { position, finding in
                    let located = data.located(finding.subject)
                    return DataTable.Row(header: .text("\(finding.subject.table ?? "") \(finding.subject.key)"), cells: [
                        .text(located.flatMap(data.statedText(of:)) ?? ""),
                        .text(located.map { AttributionText.describe($0, data: data) } ?? ""),
                        .text(AttributionText.missing(finding, located: located, data: data)),
                        .join([FindingStatus.markup(finding), .text(" "),
                               .element("a", ["href": "#" + FindingPlace.anchor(position)], text: finding.ruleID)]),
                        FindingPlace.markup(finding.location, options: options),
                    ])
                }, className: "attribution").markup)
        }
        return .element("section", ["id": "attribution", "aria-labelledby": "attribution-heading"], [.lines(parts)])
    }

    /// The tables whose records carry an attribution type, as the schema names them:
    /// "Statements and claims", "Remarks and timing claims".
    static func attributedTables(_ data: ReportData) -> String {
        let names = data.validation.dataset.tables.filter { $0.schema.has(.attributionType) }
            .map { $0.name.replacingOccurrences(of: "_", with: " ") }
        guard let last = names.last else { return "Records" }
        let text = names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
        return ReportData.heading(text)
    }
}
