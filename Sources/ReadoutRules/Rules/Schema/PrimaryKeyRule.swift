import ReadoutModel

/// Two records of one table with the same primary key, or a record with a null key part.
public struct PrimaryKeyRule: Rule {
    public static let description = RuleDescription(
        id: "schema.primary-key", severity: .error,
        summary: "Two records of a table share a primary key, or a record lacks part of its key.",
        explanation: """
            The primary key (one field or several) identifies a record: ICEWS reused event ids, and its \
            users could never tell the events apart again. Keys are compared as typed values (so 1 and 01 \
            are one integer key). The finding lands on the later record. As in SQL, no part of a primary \
            key may be null; a null part of a field that is also `required` is reported by \
            `schema.required` alone, so each empty cell gives one finding.
            """,
        triggering: [
            RuleExample("""
                actors:
                  - id: xi
                    name: Xi Jinping
                    kind: person
                  - ↓id: xi
                    name: Xi Jinping
                    kind: person
                """),
            RuleExample("""
                role_variants:
                  - role_id: xi-president
                    variant: Chinese President
                  - ↓role_id: xi-president
                    variant: Chinese President
                """),
        ],
        nonTriggering: [
            RuleExample("""
                role_variants:
                  - role_id: xi-president
                    variant: Chinese President
                  - role_id: xi-president
                    variant: President Xi
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let key = table.schema.primaryKeyIndices
            guard !key.isEmpty else { continue }
            // Required parts are reported by schema.required, and a part without a column by table.missing-label.
            let lacking = table.fieldsWithoutColumn
            let unreported = key.filter {
                !table.schema.fields[$0].constraints.required && !lacking.contains(table.schema.fields[$0].name)
            }
            for record in table.records {
                for index in unreported where record.values[index].isNull {
                    findings.append(context.finding(
                        Self.self, "'\(table.schema.fields[index].name)' is part of the primary key of \(table.name) and has no value",
                        table: table, record: record, field: index))
                }
            }
            findings += KeyIndex.shared(table, fields: key, context: context).duplicates.map { duplicate in
                context.finding(
                    Self.self, "\(table.name) \(table.key(of: duplicate.record)) is defined twice (first at \(duplicate.firstPlace))",
                    table: table, record: duplicate.record,
                    related: [context.reference(table: table, record: duplicate.first)])
            }
        }
        return findings
    }
}
