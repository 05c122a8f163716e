import ReadoutModel

/// A header label the schema does not declare.
public struct ExtraLabelRule: Rule {
    public static let description = RuleDescription(
        id: "table.extra-label", severity: .error,
        summary: "A header has a column the schema does not declare.",
        explanation: """
            A column the schema does not declare is most often a misspelled or forgotten field, whose cells \
            would otherwise be lost on export. It is reported once, at the header, even when the table has \
            no rows. `fieldsMatch: subset` and `partial` (Table Schema v2) allow extra columns, which are \
            then not read; `exact`, `equal` and `superset`, and every v1 schema, do not.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note,↓nationality
                xi,Xi Jinping,person,CN,,,CN
                """, of: .project("actors")),
            RuleExample(csv: """
                id,↓nationality
                """, of: .schema(TableSchema(fields: [Field(name: "id", type: .string)], fieldsMatch: .equal))),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,
                """, of: .project("actors")),
            RuleExample(csv: """
                id,nationality
                xi,CN
                """, of: .schema(TableSchema(fields: [Field(name: "id", type: .string)], fieldsMatch: .subset))),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .extraLabel) { issue in
            "the header's column '\(issue.text ?? "")' (column \(issue.location.column)) is not a field of the schema"
        }
    }
}
