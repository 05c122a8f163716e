import ReadoutModel

/// A reference to a record that does not exist.
public struct ForeignKeyRule: Rule {
    public static let description = RuleDescription(
        id: "schema.foreign-key", severity: .error,
        summary: "A reference points to no record of the referenced table.",
        explanation: """
            Each foreign key of the schema (one field or several, to another table or to its own) must \
            find a record whose referenced fields hold the same typed values, compared exactly (`k1 ` \
            does not refer to `k1`). A key with a null part is not checked at all, as SQL's default MATCH \
            SIMPLE does: whether a part may be missing is the `required` constraint's business. A part \
            that is not of its field's type is reported by `schema.type` and the key is not checked.
            """,
        triggering: [
            RuleExample("""
                actors:
                  - id: xi
                    name: Xi Jinping
                    kind: person
                roles:
                  - id: xi-president
                    actor_id: ↓xi-jinping
                    title: President of China
                """),
            RuleExample("""
                events:
                  - id: e-2023-11-15-woodside-meeting
                    kind: meeting
                    label: Biden and Xi meet at Woodside
                    date_precision: day
                    status: occurred
                    parent_id: ↓e-2023-11-apec
                """),
        ],
        nonTriggering: [
            RuleExample("""
                actors:
                  - id: xi
                    name: Xi Jinping
                    kind: person
                roles:
                  - id: xi-president
                    actor_id: xi
                    title: President of China
                  - id: xi-general-secretary
                    title: General Secretary
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for key in table.schema.foreignKeys {
                let targetName = key.referencedTable(from: table.name)
                guard let target = context.dataset.table(named: targetName) else { continue }
                let fields = key.fields.compactMap(table.schema.index(of:))
                let targetFields = key.referencedFields.compactMap(target.schema.index(of:))
                let known = KeyIndex.shared(target, fields: targetFields, context: context)
                for record in table.records {
                    let values = KeyValues(record, fields: fields)
                    guard values.isPresent, !known.contains(values) else { continue }
                    let shown = values.values.map { $0.text ?? "" }.joined(separator: ", ")
                    findings.append(context.finding(
                        Self.self, "'\(key.fields.joined(separator: ", "))' refers to \(targetName) '\(shown)', which does not exist",
                        table: table, record: record, field: fields.first))
                }
            }
        }
        return findings
    }
}
