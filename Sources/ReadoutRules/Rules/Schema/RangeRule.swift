import ReadoutModel

/// A value below `minimum` or above `maximum`.
public struct RangeRule: Rule {
    public static let description = RuleDescription(
        id: "schema.range", severity: .error,
        summary: "A value is below its field's minimum or above its maximum.",
        explanation: """
            `minimum` and `maximum` bound numbers, integers, dates, years and year-months, compared in the \
            field's own type (so 2024-04-02 is compared as a date, not as text).
            """,
        triggering: [
            RuleExample("""
                attribution_links:
                  - statement_id: s001-q01
                    position: ↓0
                    as_written: CCTV
                """),
        ],
        nonTriggering: [
            RuleExample("""
                attribution_links:
                  - statement_id: s001-q01
                    position: 1
                    as_written: CCTV
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for (index, field) in table.schema.fields.enumerated() {
                let caster = FieldCaster(field: field, missingValues: table.schema.missingValues)
                let minimum = field.constraints.minimum.map(caster.cast).flatMap { $0.isPresent ? $0 : nil }
                let maximum = field.constraints.maximum.map(caster.cast).flatMap { $0.isPresent ? $0 : nil }
                guard minimum != nil || maximum != nil else { continue }
                for record in table.records where record.values[index].isPresent {
                    let value = record.values[index]
                    if let minimum, value < minimum {
                        findings.append(context.finding(
                            Self.self, "'\(field.name)' is \(value.text ?? ""), below its minimum of \(minimum.text ?? "")",
                            table: table, record: record, field: index))
                    } else if let maximum, maximum < value {
                        findings.append(context.finding(
                            Self.self, "'\(field.name)' is \(value.text ?? ""), above its maximum of \(maximum.text ?? "")",
                            table: table, record: record, field: index))
                    }
                }
            }
        }
        return findings
    }
}
