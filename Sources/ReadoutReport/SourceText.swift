/// A source in words: its key, outlet (`source-outlet`), headline and publication date.
enum SourceText {
    static func describe(_ source: ReportData.Located, data: ReportData) -> String {
        var parts = [source.table.key(of: source.record)]
        if let outlet = data.referenced(by: .sourceOutlet, of: source).map(data.displayName(of:))
            ?? data.string(.sourceOutlet, of: source) {
            parts.append(outlet)
        }
        if let title = data.string(.sourceTitle, of: source) { parts.append("\u{201C}\(title)\u{201D}") }
        parts.append(Publication(source, data: data).text)
        return parts.joined(separator: ", ")
    }
}
