import ReadoutModel

extension ReportData {
    /// What a record's value means through its schema's vocabulary, for the report's choices of words
    /// (the report shows the schema's own value; it decides by the meaning).
    func meaning<M: Meaning>(_ type: M.Type, of located: Located) -> M? {
        located.table.schema.meaning(type, of: located.record.values)
    }
}
