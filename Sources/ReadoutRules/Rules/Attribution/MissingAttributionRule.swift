import ReadoutModel

/// A statement or claim the article attributes to no one.
public struct MissingAttributionRule: Rule {
    public static let description = RuleDescription(
        id: "attribution.missing", severity: .warning,
        summary: "A statement or claim is attributed to no one.",
        explanation: """
            AP and Reuters standards attribute a disputable fact in the sentence that states it. A record \
            whose `attribution-type` means `none` stands on the article's word alone: what a leader said in \
            a private call with no readout cited, or the article's own "first call since ..." So does a \
            record that leaves the `attribution-type` or the `attribution` as written null (the schema \
            conventions leave an unstated value empty), in a table with either field. A warning: the record \
            stays in the data, and researchers can filter on it.
            """,
        triggering: [
            RuleExample(AttributionExamples.statement(attribution: nil, type: "none", marker: true)),
            RuleExample(AttributionExamples.statement(attribution: nil, type: nil, marker: true)),
            RuleExample(AttributionExamples.statement(attribution: "Kirby said", type: nil, marker: true)),
            RuleExample("""
                statements:
                  - ↓id: s002-q01
                    account_id: s002-a01
                    mode: indirect
                    text: the two leaders held a candid and in-depth communication
                    topic: relations
                    attribution_type: named-person
                    attributed_to: kirby
                """),
        ],
        nonTriggering: [
            RuleExample(AttributionExamples.statement(attribution: "state media Xinhua reported", type: "named-outlet", attributedTo: "xinhua")),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            let schema = table.schema
            let typeField = schema.index(bound: AttributionType.self), writtenField = schema.index(of: .attribution)
            guard typeField != nil || writtenField != nil else { continue }
            for record in table.records {
                let subject = "\(table.name) \(table.key(of: record)) is attributed to no one"
                let typeValue = typeField.map { record.values[$0] } ?? .null
                let type = typeField.flatMap { schema.fields[$0].meaning(AttributionType.self, of: typeValue) }
                let unwritten = writtenField.map { record.values[$0].isNull } ?? false
                let found: (message: String, field: Int)? = if let typeField, type == AttributionType.none {
                    (subject, typeField)
                } else if let typeField, typeValue.isNull {
                    ("\(subject) ('\(schema.fields[typeField].name)' is empty)", typeField)
                } else if let writtenField, unwritten, typeValue.isNull || type != nil {
                    ("\(subject) as written ('\(schema.fields[writtenField].name)' is empty)", writtenField)
                } else {
                    nil
                }
                guard let found else { continue }
                findings.append(context.finding(Self.self, found.message, table: table, record: record, field: found.field,
                                                evidence: [context.evidence(of: record, in: table)].compactMap { $0 }))
            }
        }
        return findings
    }
}
