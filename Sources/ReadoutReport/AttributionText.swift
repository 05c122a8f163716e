import ReadoutModel

/// A record's attribution in words: as written, its type, and the named reporter.
enum AttributionText {
    static func describe(_ located: ReportData.Located, data: ReportData) -> String {
        var parts: [String] = []
        if let written = data.string(.attribution, of: located) {
            parts.append("\u{201C}\(written)\u{201D}")
        } else {
            parts.append("none written")
        }
        if let type = data.string(.attributionType, of: located) { parts.append("type \(type)") }
        if let named = data.referenced(by: .attributedTo, of: located).map(data.displayName(of:)) ?? data.string(.attributedTo, of: located) {
            parts.append("attributed to \(named)")
        }
        return parts.joined(separator: "; ")
    }

    /// What an attribution finding says is missing, in words a reader can act on.
    static func missing(_ finding: Finding, located: ReportData.Located?, data: ReportData) -> String {
        let type = located.flatMap { data.meaning(AttributionType.self, of: $0) }
        switch finding.ruleID {
        case "attribution.missing":
            return "Any attribution: the article names no one for it."
        case "attribution.anonymous":
            return "The official's name: the article cites an unnamed person."
        case "attribution.vague":
            return type == .unnamedOutlet
                ? "The outlet's name: the article cites an outlet it does not name."
                : "Who exactly: the article cites a generic body (\u{201C}officials\u{201D}, \u{201C}state media\u{201D})."
        case "attribution.chain":
            return "Nothing is missing: the statement reaches the article through a relay chain, shown for information."
        default:
            return finding.message
        }
    }
}
