import ReadoutModel

/// Every finding, in compiler order, each row linkable (`#finding-N`) and linked to its file and line.
enum FindingsSection {
    static func render(_ data: ReportData, options: ReportOptions) -> Markup {
        let findings = data.validation.findings
        var parts: [Markup] = [.element("h2", ["id": "findings-heading"], text: "All findings")]
        if findings.isEmpty {
            parts.append(.element("p", text: "No findings."))
        } else {
            parts.append(DataTable(
                caption: "Every finding, in file order (\(findings.count))",
                columns: ["Finding", "Rule", "Severity", "Status", "Record", "Message", "Where"],
                rows: findings.enumerated().map { position, finding in
                    var message: [Markup] = [.text(finding.message)]
                    if !finding.related.isEmpty {
                        message.append(.void("br"))
                        message.append(.text("Related: "))
                        message.append(.join(finding.related.map { reference in
                            .text("\(reference.table ?? "") \(reference.key) ") + FindingPlace.markup(reference.location, options: options)
                        }, separator: .text("; ")))
                    }
                    for note in finding.notes { message += [.void("br"), .text("Note: \(note)")] }
                    if let review = finding.review { message += [.void("br"), .text("Reviewed \(review.date): \(review.reason)")] }
                    return DataTable.Row(header: .text(String(position + 1)), cells: [
                        .element("code", text: finding.ruleID), .text(finding.severity.rawValue),
                        .text(finding.review == nil ? "open" : "reviewed"),
                        .text([finding.subject.table, finding.subject.key].compactMap { $0 }.joined(separator: " ")),
                        .join(message), FindingPlace.markup(finding.location, options: options),
                    ], id: FindingPlace.anchor(position))
                }, className: "findings").markup)
        }
        return .element("section", ["id": "findings", "aria-labelledby": "findings-heading"], [.lines(parts)])
    }
}
