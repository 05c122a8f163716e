import ReadoutModel

/// Findings as a table of their own, so they export, load and validate like the data.
public enum FindingsTable {
    public static let name = "findings"

    public static let schema = TableSchema(fields: [
        Field(name: "rule", type: .string, description: "The rule id (readout explain RULE).",
              constraints: required()),
        Field(name: "severity", type: .string, constraints: required(enumValues: Severity.allCases.map(\.rawValue))),
        Field(name: "status", type: .string, description: "open, or reviewed by a researcher.",
              constraints: required(enumValues: ["open", "reviewed"])),
        Field(name: "message", type: .string, constraints: required()),
        Field(name: "file", type: .string, description: "The data file of the record concerned."),
        Field(name: "line", type: .integer),
        Field(name: "column", type: .integer),
        Field(name: "table", type: .string, description: "The table of the record concerned."),
        Field(name: "record_key", type: .string, description: "The primary key of the record concerned."),
        Field(name: "excluded", type: .boolean, description: "True when the record is left out of the exported tables (an unreviewed error).",
              constraints: required()),
        Field(name: "related", type: .string, description: "Other records involved: table key (file:line), separated by ; ."),
        Field(name: "notes", type: .string, description: "Further notes, separated by ; ."),
        Field(name: "diff", type: .string, description: "A word diff between two accounts: [-only the first-] {+only the second+}."),
        Field(name: "evidence", type: .string, description: "The evidence span of the record concerned."),
        Field(name: "related_evidence", type: .string, description: "The evidence spans of the other records involved, separated by | ."),
        Field(name: "fingerprint", type: .string, description: "Rule and record keys: what data/reviewed.yaml names to review the finding.",
              constraints: required()),
        Field(name: "review_reason", type: .string, description: "Why a researcher let the finding stand."),
        Field(name: "reviewed_on", type: .date, description: "When the finding was reviewed."),
    ])

    /// `excluded` holds the records left out of the export.
    public static func table(_ findings: [Finding], excluded: Set<RecordID>) -> Table {
        Table(name: name, schema: schema, records: findings.map { finding in
            let subject = finding.subject
            let related = finding.related.map { reference in
                [reference.table, reference.key].compactMap { $0 }.joined(separator: " ")
                    + (reference.location.map { " (\($0))" } ?? "")
            }
            let values: [Value] = [
                .string(finding.ruleID), .string(finding.severity.rawValue), .string(finding.review == nil ? "open" : "reviewed"),
                .string(finding.message),
                text(subject.location?.file), subject.location.map { .integer($0.line) } ?? .null,
                subject.location.map { .integer($0.column) } ?? .null, text(subject.table), text(subject.key),
                .boolean(subject.id.map(excluded.contains) ?? false),
                text(related.isEmpty ? nil : related.joined(separator: "; ")),
                text(finding.notes.isEmpty ? nil : finding.notes.joined(separator: "; ")),
                text(finding.diff), text(finding.evidence.first),
                text(finding.evidence.count > 1 ? finding.evidence.dropFirst().joined(separator: " | ") : nil),
                .string(finding.fingerprint), text(finding.review?.reason),
                finding.review.flatMap { FieldCaster(field: Field(name: "reviewed_on", type: .date), missingValues: []).cast($0.date).dateValue }
                    .map(Value.date) ?? .null,
            ]
            return Record(values: values, fieldPositions: [],
                          location: subject.location ?? SourceLocation(file: "", line: 0, column: 0))
        })
    }

    private static func text(_ string: String?) -> Value {
        string.map(Value.string) ?? .null
    }

    private static func required(enumValues: [String]? = nil) -> FieldConstraints {
        var constraints = FieldConstraints()
        constraints.required = true
        constraints.enumValues = enumValues
        return constraints
    }
}
