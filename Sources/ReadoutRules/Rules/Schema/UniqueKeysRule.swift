import ReadoutModel

/// Two records with the same values in the fields of one of the schema's `uniqueKeys` (v2).
public struct UniqueKeysRule: Rule {
    public static let description = RuleDescription(
        id: "schema.unique-keys", severity: .error,
        summary: "Two records share the values of a unique key.",
        explanation: """
            Each of a schema's `uniqueKeys` (Table Schema v2: one field or several) must hold a different \
            combination of typed values in every record. As in SQL's unique constraint, a record with a null \
            part is left out of the check, so two records may both lack a part. Each key is checked on its \
            own, and apart from `unique` constraints. The finding lands on the later record, at the key's \
            first field, and names the earlier one.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,country
                biden,Joe Biden,US
                joe-biden,↓Joe Biden,US
                """, of: .schema(schema)),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,country
                biden,Joe Biden,
                joe-biden,Joe Biden,
                biden-us,Joe Biden,US
                """, of: .schema(schema)),
        ])

    /// The examples' table: people keyed by id, with (name, country) as a unique key.
    private static var schema: TableSchema {
        TableSchema(fields: [Field(name: "id", type: .string), Field(name: "name", type: .string),
                             Field(name: "country", type: .string)],
                    primaryKey: ["id"], uniqueKeys: [["name", "country"]])
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for key in table.schema.uniqueKeys {
                let fields = key.compactMap(table.schema.index(of:))
                guard fields.count == key.count, let first = fields.first else { continue }
                findings += KeyIndex.shared(table, fields: fields, context: context).duplicates.map { duplicate in
                    let shown = fields.map { duplicate.record.values[$0].text ?? "" }.joined(separator: ", ")
                    return context.finding(
                        Self.self, "'\(key.joined(separator: ", "))' (\(shown)) is already used by \(table.name) \(table.key(of: duplicate.first))",
                        table: table, record: duplicate.record, field: first,
                        related: [context.reference(table: table, record: duplicate.first)])
                }
            }
        }
        return findings
    }
}
