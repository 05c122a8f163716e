import ReadoutModel

/// A required field, or a primary key field, without a value.
public struct RequiredRule: Rule {
    public static let description = RuleDescription(
        id: "schema.required", severity: .error,
        summary: "A required field has no value.",
        explanation: """
            A field whose constraints say `required: true`, and every field of the primary key, must have \
            a value in every record. A missing key, `null`, `~` and an empty value all count as no value.
            """,
        triggering: [
            RuleExample("""
                actors:
                  - ↓id: biden
                    kind: person
                """),
            RuleExample("""
                actors:
                  - id: biden
                    name: ↓~
                    kind: person
                """),
        ],
        nonTriggering: [
            RuleExample("""
                actors:
                  - id: biden
                    name: Joe Biden
                    kind: person
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let keyFields = Set(table.schema.primaryKey)
            let required = table.schema.fields.indices.filter {
                table.schema.fields[$0].constraints.required || keyFields.contains(table.schema.fields[$0].name)
            }
            for record in table.records {
                for index in required where record.values[index].isNull {
                    findings.append(context.finding(
                        Self.self, "'\(table.schema.fields[index].name)' is required",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }
}
