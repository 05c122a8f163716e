import ReadoutModel

/// A value outside its field's `enum`, or not one of its `categories` (v2).
public struct EnumRule: Rule {
    public static let description = RuleDescription(
        id: "schema.enum", severity: .error,
        summary: "A value is not one of the values its field allows.",
        explanation: """
            A field with an `enum` constraint takes only the listed values, and a field with `categories` \
            (Table Schema v2) only its categories' values. Both are compared as typed values, after casting \
            the listed values with the field's own type and format: `1.0` matches an enum of `1` in a \
            number field; strings match exactly, case and surrounding spaces included (`' cedar'` is not \
            `cedar`). Controlled vocabularies such as event kinds and attribution types keep the data \
            comparable across extractors.
            """,
        triggering: [
            RuleExample("""
                actors:
                  - id: xinhua
                    name: Xinhua
                    kind: ↓news agency
                """),
        ],
        nonTriggering: [
            RuleExample("""
                actors:
                  - id: xinhua
                    name: Xinhua
                    kind: outlet
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for (index, field) in table.schema.fields.enumerated() {
                let caster = FieldCaster(field: field, in: table.schema)
                if let allowed = field.constraints.enumValues {
                    findings += outside(allowed, caster: caster, table: table, field: index, context) { value in
                        "'\(value)' is not allowed for '\(field.name)' (allowed: \(EnumRule.shown(allowed)))"
                    }
                }
                if let categories = field.categories?.map(\.value) {
                    findings += outside(categories, caster: caster, table: table, field: index, context) { value in
                        "'\(value)' is not one of the categories of '\(field.name)' (\(EnumRule.shown(categories)))"
                    }
                }
            }
        }
        return findings
    }

    /// Findings for the present values of field `index` that are none of `listed`, cast as the field's values.
    private func outside(_ listed: [String], caster: FieldCaster, table: Table, field index: Int, _ context: RuleContext,
                         message: (String) -> String) -> [Finding] {
        let values = Set(listed.compactMap(caster.castLogical))
        return table.records.compactMap { record in
            let value = record.values[index]
            guard value.isPresent, !values.contains(value) else { return nil }
            return context.finding(Self.self, message(value.text ?? ""), table: table, record: record, field: index)
        }
    }

    private static func shown(_ listed: [String]) -> String {
        listed.prefix(12).joined(separator: ", ") + (listed.count > 12 ? ", ..." : "")
    }
}
