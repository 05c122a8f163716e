import ReadoutModel

/// A value that does not cast to its field's type.
public struct TypeRule: Rule {
    public static let description = RuleDescription(
        id: "schema.type", severity: .error,
        summary: "A value is not of its field's type.",
        explanation: """
            Each field of the Table Schema has a type (string, integer, number, boolean, date, datetime, \
            year, yearmonth). A value that does not read as that type, such as 2024-13-01 for a date or \
            a list where one value is expected, cannot be exported or checked by other rules.
            """,
        triggering: [
            RuleExample("""
                roles:
                  - id: xi-president
                    actor_id: xi
                    title: President of China
                    start: ↓2013-14-01
                """),
            RuleExample("""
                attribution_links:
                  - statement_id: s001-q01
                    position: ↓first
                    as_written: CCTV
                """),
        ],
        nonTriggering: [
            RuleExample("""
                roles:
                  - id: xi-president
                    actor_id: xi
                    title: President of China
                    start: 2013-03-14
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for record in table.records {
                for (index, value) in record.values.enumerated() {
                    guard case let .invalid(raw) = value else { continue }
                    let field = table.schema.fields[index]
                    findings.append(context.finding(
                        Self.self, "'\(raw)' is not a valid \(TypeRule.describe(field.type)) for '\(field.name)'",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }

    static func describe(_ type: FieldType) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean (true or false)"
        case .date: return "date (YYYY-MM-DD)"
        case .datetime: return "datetime (YYYY-MM-DDThh:mm:ssZ)"
        case .year: return "year (YYYY)"
        case .yearmonth: return "year and month (YYYY-MM)"
        default: return type.rawValue
        }
    }
}
