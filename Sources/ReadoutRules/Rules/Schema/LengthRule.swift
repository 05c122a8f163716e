import ReadoutModel

/// A string shorter than `minLength` or longer than `maxLength`.
public struct LengthRule: Rule {
    public static let description = RuleDescription(
        id: "schema.length", severity: .error,
        summary: "A string is shorter or longer than its field allows.",
        explanation: """
            `minLength` and `maxLength` count characters. Evidence spans are capped so that the dataset \
            holds short verbatim spans of its articles, never whole passages.
            """,
        triggering: [
            RuleExample("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    mode: direct
                    text: first red line not to be crossed
                    topic: taiwan
                    attribution_type: none
                    evidence: ↓Xi
                """),
        ],
        nonTriggering: [
            RuleExample("""
                statements:
                  - id: s001-q01
                    account_id: s001-a01
                    mode: direct
                    text: first red line not to be crossed
                    topic: taiwan
                    attribution_type: none
                    evidence: Xi told Biden that Taiwan remains the "first red line not to be crossed"
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for (index, field) in table.schema.fields.enumerated() {
                let limits = field.constraints
                guard limits.minLength != nil || limits.maxLength != nil else { continue }
                for record in table.records {
                    guard case let .string(text) = record.values[index] else { continue }
                    let length = text.count
                    if let minimum = limits.minLength, length < minimum {
                        findings.append(context.finding(
                            Self.self, "'\(field.name)' has \(length) characters, fewer than its minimum of \(minimum)",
                            table: table, record: record, field: index))
                    } else if let maximum = limits.maxLength, length > maximum {
                        findings.append(context.finding(
                            Self.self, "'\(field.name)' has \(length) characters, more than its maximum of \(maximum)",
                            table: table, record: record, field: index))
                    }
                }
            }
        }
        return findings
    }
}
