import ReadoutModel

/// Shared by the attribution rules that look at one record's attribution type.
struct AttributionTypes {
    /// Records whose `attribution-type` means one of `types`, with where to report them. A value that
    /// means nothing is left to `schema.vocabulary`.
    static func records(in context: RuleContext, types: Set<AttributionType>)
        -> [(table: Table, record: Record, field: Int, type: AttributionType, asWritten: String?)] {
        var found: [(Table, Record, Int, AttributionType, String?)] = []
        for table in context.dataset.tables {
            guard let typeField = table.schema.index(bound: AttributionType.self) else { continue }
            let writtenField = table.schema.index(of: .attribution)
            for record in table.records {
                guard let type = table.schema.fields[typeField].meaning(AttributionType.self, of: record.values[typeField]),
                      types.contains(type) else { continue }
                found.append((table, record, typeField, type, writtenField.flatMap { record.values[$0].stringValue }))
            }
        }
        return found
    }
}
