import ReadoutModel

/// Locates a record's evidence span (with its optional prefix and suffix) in its source's article.
struct EvidenceMatcher {
    struct Span {
        let exact: String
        let prefix: String?
        let suffix: String?
    }

    enum Outcome: Sendable {
        case found(count: Int)
        /// The exact text occurs, but not with the given prefix or suffix.
        case contextMismatch
        case notFound
        /// The record's article text is not available (missing source or corpus file).
        case noArticle
    }

    /// A record with an evidence span, and where its article has the span.
    struct Located: Sendable {
        let table: Table
        let record: Record
        let field: Int
        let exact: String
        let outcome: Outcome
    }

    private let context: RuleContext
    /// Each article whitespace-folded once, as UTF-8 bytes, by corpus file name.
    private let foldedArticles: [String: [UInt8]]

    init(context: RuleContext) {
        self.context = context
        var folded: [String: [UInt8]] = [:]
        for (name, entry) in context.corpus?.entries ?? [:] {
            if case let .document(text, _) = entry { folded[name] = WhitespaceFolding.foldedUTF8(text) }
        }
        foldedArticles = folded
    }

    /// The evidence fields of a table: exact, prefix and suffix indices.
    static func fields(of schema: TableSchema) -> (exact: Int, prefix: Int?, suffix: Int?)? {
        guard let exact = schema.index(of: .evidence) else { return nil }
        return (exact, schema.index(of: .evidencePrefix), schema.index(of: .evidenceSuffix))
    }

    /// Every record with an evidence span, and where its article has the span; matched once per run
    /// for all the evidence rules.
    static func outcomes(_ context: RuleContext) -> [Located] {
        context.evidenceOutcomes.value { EvidenceMatcher(context: context).outcomes() }
    }

    private func outcomes() -> [Located] {
        var results: [Located] = []
        let sources = context.index.sourceTable.flatMap(context.dataset.table(named:))
        let fileField = sources?.schema.index(of: .corpusFile)
        for table in context.dataset.tables {
            guard let fields = EvidenceMatcher.fields(of: table.schema) else { continue }
            for record in table.records {
                guard let exact = record.values[fields.exact].stringValue else { continue }
                let span = Span(exact: exact, prefix: fields.prefix.flatMap { record.values[$0].stringValue },
                                suffix: fields.suffix.flatMap { record.values[$0].stringValue })
                let name = fileField.flatMap { field in
                    context.index.source(of: record, in: table.name).flatMap { $0.values[field].stringValue }
                }
                results.append(Located(table: table, record: record, field: fields.exact, exact: exact,
                                       outcome: locate(span, in: name.flatMap { foldedArticles[$0] })))
            }
        }
        return results
    }

    func locate(_ span: Span, in article: [UInt8]?) -> Outcome {
        guard let article else { return .noArticle }
        let exact = WhitespaceFolding.foldedUTF8(span.exact)
        let starts = WhitespaceFolding.occurrences(of: exact, in: article)
        guard !starts.isEmpty else { return .notFound }
        let prefix = span.prefix.map(WhitespaceFolding.foldedUTF8) ?? []
        let suffix = span.suffix.map(WhitespaceFolding.foldedUTF8) ?? []
        let matching = starts.filter { start in
            // Folded text has single spaces: the context may be separated from the span by one.
            var before = article[..<start]
            if before.last == 0x20 { before = before.dropLast() }
            var after = article[(start + exact.count)...]
            if after.first == 0x20 { after = after.dropFirst() }
            return before.suffix(prefix.count).elementsEqual(prefix) && after.prefix(suffix.count).elementsEqual(suffix)
        }
        return matching.isEmpty ? .contextMismatch : .found(count: matching.count)
    }
}
