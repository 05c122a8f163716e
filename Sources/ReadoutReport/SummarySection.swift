import ReadoutModel

/// The summary: records per table, findings per rule and severity, open against reviewed.
enum SummarySection {
    static func render(_ data: ReportData) -> Markup {
        let validation = data.validation
        let findings = validation.findings
        var parts: [Markup] = [
            .element("h2", ["id": "summary-heading"], text: "Summary"),
            .element("p", ["class": "summary-line"], text: validation.summary),
        ]
        if !validation.notes.isEmpty {
            parts.append(.element("ul", ["class": "notes"], validation.notes.map { .element("li", text: "Note: \($0)") }))
        }
        parts.append(DataTable(
            caption: "Records per table", columns: ["Table", "Records", "Open findings", "Reviewed findings"],
            rows: validation.dataset.tables.map { table in
                let about = findings.filter { $0.subject.table == table.name }
                return DataTable.Row(header: .text(table.name), cells: [
                    .text(String(table.records.count)), .text(String(about.count { $0.review == nil })),
                    .text(String(about.count { $0.review != nil })),
                ])
            }, className: "numbers").markup)
        let rules = Set(findings.map(\.ruleID)).sorted()
        parts.append(DataTable(
            caption: "Findings per rule and severity",
            columns: ["Rule"] + Severity.allCases.map(\.rawValue) + ["open", "reviewed"],
            rows: rules.map { rule in
                let ofRule = findings.filter { $0.ruleID == rule }
                return DataTable.Row(header: .element("code", text: rule), cells: Severity.allCases.map { severity in
                    .text(String(ofRule.count { $0.severity == severity }))
                } + [.text(String(ofRule.count { $0.review == nil })), .text(String(ofRule.count { $0.review != nil }))])
            }, className: "numbers").markup)
        parts.append(DataTable(
            caption: "Open and reviewed findings", columns: ["Severity", "Open", "Reviewed", "Total"],
            rows: Severity.allCases.map { severity in
                let ofSeverity = findings.filter { $0.severity == severity }
                return DataTable.Row(header: .text(severity.rawValue), cells: [
                    .text(String(ofSeverity.count { $0.review == nil })), .text(String(ofSeverity.count { $0.review != nil })),
                    .text(String(ofSeverity.count)),
                ])
            }, className: "numbers").markup)
        return .element("section", ["id": "summary", "aria-labelledby": "summary-heading"], [.lines(parts)])
    }
}
