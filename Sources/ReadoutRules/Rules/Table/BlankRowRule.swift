import ReadoutModel

/// An empty line, or a row of empty cells, in a table.
public struct BlankRowRule: Rule {
    public static let description = RuleDescription(
        id: "table.blank-row", severity: .error,
        summary: "A table has an empty line or a row whose cells are all empty.",
        explanation: """
            Table Schema does not say what a row of only empty cells is; readout, like frictionless, calls \
            it blank: it holds no record (it is not checked against the schema, and no required or key \
            check sees it), and it is reported so that it is not dropped silently. An empty line is a blank \
            row too, and so is a row of quoted empty cells (`"",""`), and a row whose every cell is one of \
            its field's missing values (`NA,NA` where `NA` is a missing value): it holds no data either. A \
            cell of spaces is not empty: whitespace is data. Delete the row, or fill it in.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,
                ↓,,,,,
                ↓
                li,Li Qiang,person,CN,,
                """, of: .project("actors")),
            RuleExample(csv: """
                id,score
                a,1
                ↓NA,NA
                """, of: .schema(TableSchema(fields: [Field(name: "id", type: .string), Field(name: "score", type: .integer)],
                                             missingValues: ["", "NA"]))),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,
                li,Li Qiang,person,CN,,
                """, of: .project("actors")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .blankRow) { issue in "the row is blank: it holds no record" }
    }
}
