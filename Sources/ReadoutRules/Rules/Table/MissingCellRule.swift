import ReadoutModel

/// A row with fewer cells than the header has labels.
public struct MissingCellRule: Rule {
    public static let description = RuleDescription(
        id: "table.missing-cell", severity: .error,
        summary: "A row ends before the header's last label.",
        explanation: """
            A short row lacks a cell for each label past its end; the missing cells are read as null and \
            the row's other cells are still checked. Each missing cell is reported, at the column it should \
            be in. Add the missing delimiters (an empty cell is `,,`).
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,false↓
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
        context.findings(Self.self, for: .missingCell) { issue in
            "the row has no cell for \(issue.field.map { "'\($0)'" } ?? "column \(issue.location.column)")"
        }
    }
}
