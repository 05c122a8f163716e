import ReadoutModel

/// A row with more cells than the header has labels.
public struct ExtraCellRule: Rule {
    public static let description = RuleDescription(
        id: "table.extra-cell", severity: .error,
        summary: "A row has a cell beyond the header's last label.",
        explanation: """
            A cell no header label names belongs to no field, so its value would be lost: most often a \
            delimiter inside an unquoted value (`Xi, Jinping`) split it in two. Each extra cell is reported; \
            the row's other cells are still read and checked. Quote the value or remove the cell.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,"Xi, Jinping",person,CN,,,↓extra
                """, of: .project("actors")),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,"Xi, Jinping",person,CN,,
                """, of: .project("actors")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .extraCell) { issue in
            "the row has a cell beyond the header ('\(issue.text ?? "")' in column \(issue.location.column))"
        }
    }
}
