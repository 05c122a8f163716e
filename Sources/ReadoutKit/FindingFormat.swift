import ReadoutModel

/// How findings are printed: like a compiler, as JSON, or as GitHub workflow annotations.
public enum FindingFormat: String, Sendable, CaseIterable {
    case text, json, github

    public func render(_ validation: Validation) -> String {
        switch self {
        case .text:
            return validation.findings.map(FindingFormat.textLine).joined()
                + validation.notes.map { "note: \($0)\n" }.joined()
                + "readout: \(validation.summary)\n"
        case .json:
            return JSONValue.object([
                ("findings", .array(validation.findings.map(FindingFormat.json))),
                ("notes", .array(validation.notes.map(JSONValue.string))),
                ("summary", .string(validation.summary)),
            ]).pretty
        case .github:
            return validation.findings.map(FindingFormat.githubLine).joined()
                + validation.notes.map { "::notice::\(FindingFormat.escapeData($0))\n" }.joined()
                + "readout: \(validation.summary)\n"
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

    static func json(_ finding: Finding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)), ("severity", .string(finding.severity.rawValue)),
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

    static func githubLine(_ finding: Finding) -> String {
        let level = finding.review != nil ? "notice" : finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
        var properties = ["title=\(escapeProperty(finding.ruleID))"]
        if let location = finding.location {
            properties = ["file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)"] + properties
        }
        let message = ([finding.message] + finding.notes).joined(separator: "\n")
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
