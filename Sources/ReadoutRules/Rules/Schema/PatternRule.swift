import Foundation
import ReadoutModel

/// A string that does not match its field's `pattern`.
public struct PatternRule: Rule {
    public static let description = RuleDescription(
        id: "schema.pattern", severity: .error,
        summary: "A string does not match its field's pattern.",
        explanation: """
            A `pattern` constraint is a regular expression that the whole value must match (Table Schema \
            patterns are implicitly anchored). Ids follow patterns so that they stay textual in spreadsheets \
            and sort predictably.
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
                guard let pattern = field.constraints.pattern,
                      let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { continue }
                for record in table.records {
                    guard case let .string(text) = record.values[index] else { continue }
                    let range = NSRange(text.startIndex..., in: text)
                    if expression.firstMatch(in: text, options: [.anchored], range: range)?.range != range {
                        findings.append(context.finding(
                            Self.self, "'\(text)' does not match the pattern of '\(field.name)' (\(pattern))",
                            table: table, record: record, field: index))
                    }
                }
            }
        }
        return findings
    }
}
