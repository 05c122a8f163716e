import ReadoutModel

/// A string that does not match its field's `pattern`.
public struct PatternRule: Rule {
    public static let description = RuleDescription(
        id: "schema.pattern", severity: .error,
        summary: "A string does not match its field's pattern.",
        explanation: """
            A `pattern` constraint is an XML Schema regular expression that the whole value must match \
            (XML Schema patterns are implicitly anchored); it is compiled once, when the schema loads. Ids \
            follow patterns so that they stay textual in spreadsheets and sort predictably.
            """,
        triggering: [
            RuleExample("""
                actors:
                  - id: ↓Joe Biden
                    name: Joe Biden
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
            for (index, field) in table.schema.fields.enumerated() {
                // Table Schema, pattern: it applies to string fields, and the loader refuses it on others.
                guard let pattern = field.constraints.compiledPattern else { continue }
                for record in table.records {
                    guard case let .string(text) = record.values[index], !pattern.matches(text) else { continue }
                    findings.append(context.finding(
                        Self.self, "'\(text)' does not match the pattern of '\(field.name)' (\(pattern.source))",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }
}
