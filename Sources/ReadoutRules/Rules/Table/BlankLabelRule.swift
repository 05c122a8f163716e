import ReadoutModel

/// An empty label in a table's header.
public struct BlankLabelRule: Rule {
    public static let description = RuleDescription(
        id: "table.blank-label", severity: .error,
        summary: "A header label is empty.",
        explanation: """
            Every column of a table with a header needs a label: an empty one names no field, so (when \
            fields are matched by name) its cells are not read. Name the column, or remove it.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,↓
                xi,Xi Jinping,person,CN,,
                """, of: .project("actors")),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,
                """, of: .project("actors")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .blankLabel) { issue in
            "the header's label in column \(issue.location.column) is empty" + (issue.field.map { " (the schema has '\($0)' there)" } ?? "")
        }
    }
}
