import ReadoutModel

/// A value of a vocabulary field that means nothing to the rules: its field has no `enum` or
/// `categories` (which the schema's loading checks), so the value is met record by record.
public struct VocabularyRule: Rule {
    public static let description = RuleDescription(
        id: "schema.vocabulary", severity: .error,
        summary: "A value of a field the rules interpret maps to none of its concept's meanings.",
        explanation: """
            A field whose `readout` annotation names a concept (`attribution-type`, `claim-unit`...: \
            schema/README.md, "Vocabularies") holds values the rules interpret. When the field has an \
            `enum` or `categories`, every allowed value must resolve to a meaning when the schema loads. \
            Without them any value may appear: one that is neither a meaning nor mapped to one in the \
            annotation's `values` is reported here, naming the meanings, and the rules that would read it \
            skip the record rather than guess (a record with no value is not reported; rules that read \
            a null say so). Add an `enum`, or map the value.
            """,
        triggering: [
            RuleExample(csv: """
                id,mode
                q1,↓verbatim
                """, of: .schema(schema)),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,mode
                q1,word for word
                q2,indirect
                q3,
                """, of: .schema(schema)),
        ])

    /// The examples' table: statements whose mode maps "word for word" to `direct`, with no enum.
    private static var schema: TableSchema {
        var mode = Field(name: "mode", type: .string, annotation: SchemaAnnotation.statementMode.rawValue)
        mode.valueMeanings = ["word for word": StatementMode.direct.rawValue]
        return TableSchema(fields: [Field(name: "id", type: .string), mode], primaryKey: ["id"])
    }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for (index, field) in table.schema.fields.enumerated() {
                guard let concept = field.concept, field.constraints.enumValues == nil, field.categories == nil else { continue }
                let meanings = Set(concept.meaningNames)
                for record in table.records {
                    let value = record.values[index]
                    guard value.isPresent, let text = value.text, !meanings.contains(field.valueMeanings[text] ?? text) else { continue }
                    findings.append(context.finding(
                        Self.self, "'\(text)' in '\(field.name)' is not a meaning of \(concept.rawValue) (its meanings: \(concept.meaningList)); map it in the annotation's 'values'",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }
}
