import ReadoutModel

/// How findings are printed: like a compiler, as one JSON document, as GitHub workflow commands, or as
/// a SARIF 2.1.0 log. Every format but text is one machine-readable whole on standard output.
public enum FindingFormat: String, Sendable, CaseIterable {
    case text, json, github, sarif

    public func render(_ validation: Validation) -> String {
        switch self {
        case .text:
            return validation.findings.map(FindingFormat.textLine).joined()
                + validation.notes.map { "note: \($0)\n" }.joined()
                + FindingFormat.ruleCounts(validation)
                + "readout: \(validation.summary)\n"
        case .json:
            return JSONValue.object([
                ("findings", .array(validation.findings.map(FindingFormat.json))),
                ("notes", .array(validation.notes.map(JSONValue.string))),
                ("summary", FindingFormat.summary(validation)),
            ]).pretty
        case .github:
            return validation.findings.map(FindingFormat.githubLine).joined()
                + validation.notes.map { "::notice title=readout::\(FindingFormat.escapeData($0))\n" }.joined()
                + "readout: \(validation.summary)\n"
        case .sarif:
            return SARIFLog.render(validation).pretty
        }
    }

    /// Input that could not be read (exit 2), in this format on standard output; nil for text, which
    /// prints it on standard error only. JSON is `{"error": {...}}`; GitHub an `::error` command; SARIF
    /// a log whose invocation failed.
    public func render(_ error: InputError) -> String? {
        switch self {
        case .text:
            return nil
        case .json:
            var pairs: [(String, JSONValue)] = [("file", .string(error.file))]
            if let line = error.line { pairs.append(("line", .integer(line))) }
            if let column = error.column { pairs.append(("column", .integer(column))) }
            pairs += [("message", .string(error.message)), ("description", .string(error.description))]
            return JSONValue.object([("error", .object(pairs))]).pretty
        case .github:
            var properties = ["file=\(FindingFormat.escapeProperty(error.file))"]
            if let line = error.line { properties.append("line=\(line)") }
            if let column = error.column { properties.append("col=\(column)") }
            properties.append("title=readout")
            return "::error \(properties.joined(separator: ","))::\(FindingFormat.escapeData(error.message))\n"
        case .sarif:
            return SARIFLog.render(error).pretty
        }
    }

    static func textLine(_ finding: Finding) -> String {
        let place = finding.location.map { "\($0): " } ?? ""
        let label = finding.review == nil ? finding.severity.rawValue : "\(finding.severity.rawValue) (reviewed)"
        let record = finding.location?.record.map { " (record \($0))" } ?? ""
        var line = "\(place)\(label): \(finding.message)\(record) [\(finding.ruleID)]\n"
        for related in finding.related {
            if let location = related.location { line += "\(location): note: see \(related.table ?? "") \(related.key)\n" }
        }
        if let diff = finding.diff { line += "    diff: \(diff)\n" }
        for note in finding.notes { line += "    note: \(note)\n" }
        if let review = finding.review { line += "    reviewed \(review.date): \(review.reason)\n" }
        return line
    }

    /// `readout: by rule:` and a line per rule with findings: its counts by severity, and how many are reviewed.
    static func ruleCounts(_ validation: Validation) -> String {
        let rules = validation.countsByRule
        guard !rules.isEmpty else { return "" }
        let width = rules.map(\.rule.count).max() ?? 0
        return "readout: by rule:\n" + rules.map { rule, severities in
            let counts = severities.map { severity, count in
                "\(count.total) \(severity.rawValue)\(count.total == 1 ? "" : "s")"
            }.joined(separator: ", ")
            let reviewed = severities.reduce(0) { $0 + $1.count.reviewed }
            return "  \(rule.padding(to: width))  \(counts)" + (reviewed > 0 ? " (\(reviewed) reviewed)" : "") + "\n"
        }.joined()
    }

    /// The JSON summary: tables and records read, and the findings shown counted by severity, by status
    /// and by rule; `blocking` (unreviewed errors) is what makes the exit code 1.
    static func summary(_ validation: Validation) -> JSONValue {
        let severities = validation.countsBySeverity
        let reviewed = validation.reviewedCount
        return .object([
            ("tables", .integer(validation.dataset.tables.count)),
            ("records", .integer(validation.dataset.recordCount)),
            ("findings", .integer(validation.findings.count)),
            ("blocking", .integer(validation.blockingCount)),
            ("bySeverity", .object(severities.map { ($0.severity.rawValue, .integer($0.count.total)) })),
            ("unreviewedBySeverity", .object(severities.map { ($0.severity.rawValue, .integer($0.count.unreviewed)) })),
            ("byStatus", .object([
                ("unreviewed", .integer(validation.findings.count - reviewed)), ("reviewed", .integer(reviewed)),
            ])),
            ("byRule", .object(validation.countsByRule.map { rule, severities in
                (rule, .integer(severities.reduce(0) { $0 + $1.count.total }))
            })),
            ("filteredOut", .integer(validation.filteredOut)),
        ])
    }

    static func json(_ finding: Finding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)), ("severity", .string(finding.severity.rawValue)),
            ("status", .string(finding.review == nil ? "unreviewed" : "reviewed")),
            ("message", .string(finding.message)),
        ]
        pairs += location(finding.subject)
        if !finding.related.isEmpty { pairs.append(("related", .array(finding.related.map { .object(location($0)) }))) }
        if !finding.notes.isEmpty { pairs.append(("notes", .array(finding.notes.map(JSONValue.string)))) }
        if let diff = finding.diff { pairs.append(("diff", .string(diff))) }
        pairs.append(("fingerprint", .string(finding.fingerprint)))
        if let review = finding.review {
            pairs.append(("review", .object([("date", .string(review.date)), ("reason", .string(review.reason))])))
        }
        return .object(pairs)
    }

    private static func location(_ reference: RecordReference) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        if let location = reference.location {
            pairs += [("file", .string(location.file)), ("line", .integer(location.line)), ("column", .integer(location.column))]
            if let record = location.record { pairs.append(("record", .integer(record))) }
        }
        if let table = reference.table { pairs.append(("table", .string(table))) }
        pairs.append(("key", .string(reference.key)))
        return pairs
    }

    /// An error, warning or notice command; info and reviewed findings are notices (they do not fail).
    static func githubLine(_ finding: Finding) -> String {
        let level = finding.review != nil ? "notice" : finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
        var properties = ["title=\(escapeProperty(finding.ruleID))"]
        if let location = finding.location {
            properties = ["file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)"] + properties
        }
        let review = finding.review.map { ["reviewed \($0.date): \($0.reason)"] } ?? []
        let message = ([finding.message] + finding.notes + (finding.diff.map { ["diff: \($0)"] } ?? []) + review).joined(separator: "\n")
        return "::\(level) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// GitHub's workflow command escaping for the message part.
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
