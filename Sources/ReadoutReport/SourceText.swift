/// A source in words: its key, outlet, headline and publication date.
enum SourceText {
    static func describe(_ source: ReportData.Located, data: ReportData) -> String {
        var parts = [source.table.key(of: source.record)]
        // No annotation marks the outlet: the field called outlet serves, when the schema has one.
        if let outlet = source.table.schema.index(of: "outlet").flatMap({ source.record.values[$0].stringValue }) {
            parts.append(outlet)
        }
        if let title = data.string(.sourceTitle, of: source) { parts.append("\u{201C}\(title)\u{201D}") }
        parts.append(Publication(source, data: data).text)
        return parts.joined(separator: ", ")
    }
}
