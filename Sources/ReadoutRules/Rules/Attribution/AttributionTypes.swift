import ReadoutModel

/// Shared by the attribution rules that look at one record's attribution type.
struct AttributionTypes {
    /// Records whose `attribution-type` means one of `types`, with where to report them and the
    /// attribution as written, quoted for messages (a carried one with the statement it is carried from).
    /// A value that means nothing is left to `schema.vocabulary`.
    static func records(in context: RuleContext, types: Set<AttributionType>)
        -> [(table: Table, record: Record, field: Int, type: AttributionType, quoted: String)] {
        var found: [(Table, Record, Int, AttributionType, String)] = []
        for table in context.dataset.tables {
            guard let typeField = table.schema.index(bound: AttributionType.self) else { continue }
            let writtenField = table.schema.index(of: .attribution)
            let carriedField = table.schema.index(of: .attributionCarriedFrom)
            for record in table.records {
                guard let type = table.schema.fields[typeField].meaning(AttributionType.self, of: record.values[typeField]),
                      types.contains(type) else { continue }
                let quoted = writtenField.flatMap { record.values[$0].stringValue }.map { "'\($0)'" }
                    ?? carried(record, in: table, written: writtenField, carried: carriedField, context: context) ?? "''"
                found.append((table, record, typeField, type, quoted))
            }
        }
        return found
    }

    /// The attribution a record carries from an earlier statement of its table, quoted with where it is
    /// written: "'reportedly' (carried from s002-q11)". The chain is followed a few steps at most.
    private static func carried(_ record: Record, in table: Table, written: Int?, carried: Int?, context: RuleContext) -> String? {
        guard let written, let carried else { return nil }
        var current = record
        for _ in 0..<8 {
            guard let key = current.values[carried].text, let next = context.index.record(in: table.name, key: key) else { return nil }
            if let text = next.values[written].stringValue { return "'\(text)' (carried from \(key))" }
            current = next
        }
        return nil
    }
}
