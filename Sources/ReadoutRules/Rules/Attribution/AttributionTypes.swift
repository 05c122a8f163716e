import ReadoutModel

/// Shared by the attribution rules that look at one record's attribution type.
struct AttributionTypes {
    /// Records whose `attribution-type` is one of `types`, with where to report them.
    static func records(in context: RuleContext, types: Set<String>) -> [(table: Table, record: Record, field: Int, type: String, asWritten: String?)] {
        var found: [(Table, Record, Int, String, String?)] = []
        for table in context.dataset.tables {
            guard let typeField = table.schema.index(of: .attributionType) else { continue }
            let writtenField = table.schema.index(of: .attribution)
            for record in table.records {
                guard let type = record.values[typeField].stringValue, types.contains(type) else { continue }
                found.append((table, record, typeField, type, writtenField.flatMap { record.values[$0].stringValue }))
            }
        }
        return found
    }
}
