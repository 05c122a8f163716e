import ReadoutModel

/// A field the schema declares that the header lacks.
public struct MissingLabelRule: Rule {
    public static let description = RuleDescription(
        id: "table.missing-label", severity: .error,
        summary: "A field the schema declares has no column in the file.",
        explanation: """
            A declared field the file lacks is reported rather than read as a column of nulls. With \
            `fieldsMatch: exact` (the v2 default) and in v1 it is at the position the field should be \
            in; `equal` and `subset` need every field too, at the header's end; `superset` allows fewer \
            columns, and `partial` needs one field at least.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media↓
                xi,Xi Jinping,person,CN,
                """, of: .project("actors")),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,
                """, of: .project("actors")),
            RuleExample(csv: """
                id
                xi
                """, of: .schema(TableSchema(fields: [Field(name: "id", type: .string), Field(name: "kind", type: .string)],
                                             fieldsMatch: .superset))),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .missingLabel) { issue in
            "the file has no column for the field '\(issue.field ?? "")'"
        }
    }
}
