import ReadoutModel

/// A value outside its field's `enum`.
public struct EnumRule: Rule {
    public static let description = RuleDescription(
        id: "schema.enum", severity: .error,
        summary: "A value is not one of the values its field allows.",
        explanation: """
            A field with an `enum` constraint takes only the listed values, compared after casting to the \
            field's type (so they are case-sensitive for strings). Controlled vocabularies such as event \
            kinds and attribution types keep the data comparable across extractors.
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
                guard let allowed = field.constraints.enumValues else { continue }
                let caster = FieldCaster(field: field, missingValues: table.schema.missingValues)
                let values = Set(allowed.map(caster.cast))
                for record in table.records where record.values[index].isPresent && !values.contains(record.values[index]) {
                    let shown = allowed.prefix(12).joined(separator: ", ") + (allowed.count > 12 ? ", ..." : "")
                    findings.append(context.finding(
                        Self.self, "'\(record.values[index].text ?? "")' is not allowed for '\(field.name)' (allowed: \(shown))",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }
}
