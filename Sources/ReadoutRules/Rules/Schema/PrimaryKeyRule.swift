import ReadoutModel

/// Two records of one table with the same primary key.
public struct PrimaryKeyRule: Rule {
    public static let description = RuleDescription(
        id: "schema.primary-key", severity: .error,
        summary: "Two records of a table share a primary key.",
        explanation: """
            The primary key (one field or several) identifies a record: ICEWS reused event ids, and its \
            users could never tell the events apart again. The finding lands on the later record.
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
            findings += KeyDuplicates.find(in: table, fields: key).map { duplicate in
                context.finding(
                    Self.self, "\(table.name) \(table.key(of: duplicate.record)) is defined twice (first at line \(duplicate.first.location.line))",
                    table: table, record: duplicate.record,
                    related: [context.reference(table: table, record: duplicate.first)])
            }
        }
        return findings
    }
}
