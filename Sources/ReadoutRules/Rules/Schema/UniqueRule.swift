import ReadoutModel

/// Two records with one value in a field marked `unique`.
public struct UniqueRule: Rule {
    public static let description = RuleDescription(
        id: "schema.unique", severity: .error,
        summary: "A value repeats in a field whose values must be unique.",
        explanation: """
            A field with `unique: true` may hold each value once. Values are compared as typed values \
            (`1` and `1.0` are one number, datetimes at one instant are one), strings exactly (`x` and \
            `x ` differ); nulls are excluded, as in SQL. The finding lands on the later record and names \
            the earlier one.
            """,
        triggering: [
            RuleExample("""
                sources:
                  - id: s000
                    corpus_file: 000.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published_earliest: 2024-04-02
                    published_latest: 2024-04-02
                  - id: s001
                    corpus_file: ↓000.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published_earliest: 2024-04-02
                    published_latest: 2024-04-02
                """),
        ],
        nonTriggering: [
            RuleExample("""
                sources:
                  - id: s000
                    corpus_file: 000.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published_earliest: 2024-04-02
                    published_latest: 2024-04-02
                  - id: s001
                    corpus_file: 001.txt
                    corpus_sha256: 0000000000000000000000000000000000000000000000000000000000000000
                    published_status: stated
                    published_earliest: 2024-04-02
                    published_latest: 2024-04-02
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for (index, field) in table.schema.fields.enumerated() where field.constraints.unique {
                findings += KeyIndex.shared(table, fields: [index], context: context).duplicates.map { duplicate in
                    context.finding(
                        Self.self, "'\(field.name)' \(duplicate.record.values[index].text ?? "") is already used by \(table.name) \(table.key(of: duplicate.first))",
                        table: table, record: duplicate.record, field: index,
                        related: [context.reference(table: table, record: duplicate.first)])
                }
            }
        }
        return findings
    }
}
