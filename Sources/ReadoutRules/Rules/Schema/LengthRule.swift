import ReadoutModel

/// A string or collection shorter than `minLength` or longer than `maxLength`.
public struct LengthRule: Rule {
    public static let description = RuleDescription(
        id: "schema.length", severity: .error,
        summary: "A string, or an array, object or list, is shorter or longer than its field allows.",
        explanation: """
            `minLength` and `maxLength` count a string's characters as Unicode code points (as the \
            standard's JSON Schema and every peer count them: `é` written as e and a combining accent is \
            two), and the items of an array or list and the members of an object. Evidence spans are \
            capped so that the dataset holds short verbatim spans of its articles, never whole passages.
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
                    let value = record.values[index]
                    guard let (length, unit) = LengthRule.length(of: value) else { continue }
                    if let minimum = limits.minLength, length < minimum {
                        findings.append(context.finding(
                            Self.self, "'\(field.name)' has \(length) \(unit), fewer than its minimum of \(minimum)",
                            table: table, record: record, field: index))
                    } else if let maximum = limits.maxLength, length > maximum {
                        findings.append(context.finding(
                            Self.self, "'\(field.name)' has \(length) \(unit), more than its maximum of \(maximum)",
                            table: table, record: record, field: index))
                    }
                }
            }
        }
        return findings
    }

    /// A string's code points, or a collection's items; nil for other values.
    static func length(of value: Value) -> (Int, String)? {
        switch value {
        // Code points, counted on the UTF-8 bytes: every byte but a continuation byte starts one.
        case let .string(text): return (text.utf8.count { $0 & 0xC0 != 0x80 }, "characters")
        case .json(.object): return value.itemCount.map { ($0, "members") }
        default: return value.itemCount.map { ($0, "items") }
        }
    }
}
