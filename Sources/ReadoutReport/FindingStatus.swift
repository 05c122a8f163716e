import ReadoutModel

/// A finding's severity and whether it is open or reviewed, in words (never colour alone).
enum FindingStatus {
    static func markup(_ finding: Finding) -> Markup {
        .element("span", ["class": "status"], text: "\(finding.severity.rawValue), \(finding.review == nil ? "open" : "reviewed")")
    }
}
