import ReadoutModel

/// A value below `minimum` or above `maximum`, or not beyond an exclusive bound.
public struct RangeRule: Rule {
    public static let description = RuleDescription(
        id: "schema.range", severity: .error,
        summary: "A value is below its field's minimum or above its maximum.",
        explanation: """
            `minimum`, `maximum`, `exclusiveMinimum` and `exclusiveMaximum` bound integers (of any size), \
            numbers, dates, times, datetimes, durations, years and year-months, compared in the field's \
            own type: 2024-04-02 as a date, not as text; datetimes and times as instants, so \
            10:00:00+02:00 equals 08:00:00Z. Where XML Schema leaves two values unordered (a duration of \
            P1M against P30D; a time with a zone against one without, within 14 hours) nothing is reported.
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

    /// A bound, cast as the field's values, and what a value must not be against it.
    private struct Bound {
        let value: Value
        let refused: Set<ValueOrder>
        let words: String
    }

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for (index, field) in table.schema.fields.enumerated() {
                let caster = FieldCaster(field: field, in: table.schema)
                let constraints = field.constraints
                let bounds = [
                    (constraints.minimum, Set([ValueOrder.less]), "below its minimum of"),
                    (constraints.maximum, [.greater], "above its maximum of"),
                    (constraints.exclusiveMinimum, [.less, .equal], "not above its exclusive minimum of"),
                    (constraints.exclusiveMaximum, [.greater, .equal], "not below its exclusive maximum of"),
                ].compactMap { text, refused, words in
                    text.flatMap(caster.castLogical).map { Bound(value: $0, refused: refused, words: words) }
                }
                guard !bounds.isEmpty else { continue }
                for record in table.records where record.values[index].isPresent {
                    let value = record.values[index]
                    guard let broken = bounds.first(where: { bound in
                        Value.order(value, bound.value).map(bound.refused.contains) ?? false
                    }) else { continue }
                    findings.append(context.finding(
                        Self.self, "'\(field.name)' is \(value.text ?? ""), \(broken.words) \(broken.value.text ?? "")",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }
}
