import ReadoutModel

/// A required field without a value.
public struct RequiredRule: Rule {
    public static let description = RuleDescription(
        id: "schema.required", severity: .error,
        summary: "A required field has no value.",
        explanation: """
            A field whose constraints say `required: true` must have a value in every record. No value \
            means null: a missing key, `null` or `~` in YAML, JSON `null`, or text that is exactly one of \
            the field's missing values (its own `missingValues`, else the schema's; `""` by default). \
            A cell of spaces is a value. A primary key's fields are checked by `schema.primary-key`. A \
            field whose column a tabular file lacks is reported once, by `table.missing-label`, not on \
            every row.
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
            let lacking = table.fieldsWithoutColumn
            let required = table.schema.fields.indices.filter {
                table.schema.fields[$0].constraints.required && !lacking.contains(table.schema.fields[$0].name)
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
