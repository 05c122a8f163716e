import ReadoutModel

/// A header label that repeats an earlier one.
public struct DuplicateLabelRule: Rule {
    public static let description = RuleDescription(
        id: "table.duplicate-label", severity: .error,
        summary: "A header label repeats an earlier label.",
        explanation: """
            Two columns with one label cannot both be the field of that name. The later one is reported \
            (and, where fields are matched by name, not read); the rest of the file is still checked. \
            Rename or remove one of the columns.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,↓name
                xi,Xi Jinping,person,CN,,Xi
                """, of: .project("actors")),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,Xi
                """, of: .project("actors")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .duplicateLabel) { issue in
            "the header's label '\(issue.text ?? "")' in column \(issue.location.column) repeats an earlier label"
        }
    }
}
