import ReadoutModel

/// A header label that is not the name of the field at its position.
public struct IncorrectLabelRule: Rule {
    public static let description = RuleDescription(
        id: "table.incorrect-label", severity: .error,
        summary: "A header label is not the name of the schema field at its position.",
        explanation: """
            With `fieldsMatch: exact` (the default in Table Schema v2) and in every v1 schema, columns are \
            the fields in order: the n-th column is the n-th field whatever its label says. A label that \
            is not that field's name (a reordered or misspelled column) is reported, and the column is \
            still read as the field at its position. Put the columns in schema order, or set \
            `fieldsMatch` to match them by name. In a v1 schema, labels match names case-insensitively \
            unless the dialect sets `caseSensitiveHeader`; v2 removed that property and names match exactly.
            """,
        triggering: [
            RuleExample(csv: """
                id,↓kind,↓name,country,state_media,note
                xi,person,Xi Jinping,CN,,
                """, of: .schema(TableSchema(fields: [
                    Field(name: "id", type: .string), Field(name: "name", type: .string), Field(name: "kind", type: .string),
                    Field(name: "country", type: .string), Field(name: "state_media", type: .boolean),
                    Field(name: "note", type: .string),
                ]))),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                xi,Xi Jinping,person,CN,,
                """, of: .project("actors")),
            RuleExample(csv: """
                kind,id
                person,xi
                """, of: .schema(TableSchema(fields: [Field(name: "id", type: .string), Field(name: "kind", type: .string)],
                                             fieldsMatch: .equal))),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .incorrectLabel) { issue in
            "the header's label '\(issue.text ?? "")' in column \(issue.location.column) is not '\(issue.field ?? "")', the field at that position"
        }
    }
}
