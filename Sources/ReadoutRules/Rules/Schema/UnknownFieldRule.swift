import ReadoutModel

/// A record key that its table's schema does not declare.
public struct UnknownFieldRule: Rule {
    public static let description = RuleDescription(
        id: "schema.unknown-field", severity: .error,
        summary: "A record has a field its table's schema does not declare.",
        explanation: """
            A field not in the schema is most often a misspelled one (`titel:`), whose value would \
            otherwise be silently lost on export. Add the field to the schema or fix its name.
            """,
        triggering: [
            RuleExample("""
                actors:
                  - id: biden
                    name: Joe Biden
                    kind: person
                    ↓nationality: US
                """),
        ],
        nonTriggering: [
            RuleExample("""
                actors:
                  - id: biden
                    name: Joe Biden
                    kind: person
                    country: US
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let names = table.schema.fields.map(\.name)
            for record in table.records {
                for unknown in record.unknownFields {
                    var finding = context.finding(
                        Self.self, "'\(unknown.name)' is not a field of \(table.name)", table: table, record: record,
                        notes: UnknownFieldRule.suggestion(for: unknown.name, among: names).map { ["did you mean '\($0)'?"] } ?? [])
                    finding.subject.location = unknown.location
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    /// The closest declared name, when it is close (edit distance at most 2).
    static func suggestion(for name: String, among names: [String]) -> String? {
        names.map { ($0, EditDistance.between(name, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }
}
