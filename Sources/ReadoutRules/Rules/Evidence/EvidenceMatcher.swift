import ReadoutModel

/// Locates a record's evidence span (with its optional prefix and suffix) in its source's article.
struct EvidenceMatcher {
    struct Span {
        let exact: String
        let prefix: String?
        let suffix: String?
    }

    enum Outcome {
        case found(count: Int)
        /// The exact text occurs, but not with the given prefix or suffix.
        case contextMismatch
        case notFound
        /// The record's article text is not available (missing source or corpus file).
        case noArticle
    }

    private let context: RuleContext
    private let foldedArticles: [String: String]

    init(context: RuleContext) {
        self.context = context
        var folded: [String: String] = [:]
        for (name, entry) in context.corpus?.entries ?? [:] {
            if case let .document(text, _) = entry { folded[name] = WhitespaceFolding.fold(text) }
        }
        foldedArticles = folded
    }

    /// The evidence fields of a table: exact, prefix and suffix indices.
    static func fields(of schema: TableSchema) -> (exact: Int, prefix: Int?, suffix: Int?)? {
        guard let exact = schema.index(of: .evidence) else { return nil }
        return (exact, schema.index(of: .evidencePrefix), schema.index(of: .evidenceSuffix))
    }

    /// Every record with an evidence span, and where its article has the span.
    func outcomes() -> [(table: Table, record: Record, field: Int, exact: String, outcome: Outcome)] {
        var results: [(Table, Record, Int, String, Outcome)] = []
        for table in context.dataset.tables {
            guard let fields = EvidenceMatcher.fields(of: table.schema) else { continue }
            for record in table.records {
                guard let exact = record.values[fields.exact].stringValue else { continue }
                let span = Span(exact: exact, prefix: fields.prefix.flatMap { record.values[$0].stringValue },
                                suffix: fields.suffix.flatMap { record.values[$0].stringValue })
                results.append((table, record, fields.exact, exact, locate(span, in: article(for: record, in: table))))
            }
        }
        return results
    }

    func article(for record: Record, in table: Table) -> String? {
        guard let sources = context.index.sourceTable.flatMap(context.dataset.table(named:)),
              let fileField = sources.schema.index(of: .corpusFile),
              let source = context.index.source(of: record, in: table.name),
              let name = source.values[fileField].stringValue else { return nil }
        return foldedArticles[name]
    }

    func locate(_ span: Span, in article: String?) -> Outcome {
        guard let article else { return .noArticle }
        let exact = WhitespaceFolding.fold(span.exact)
        let starts = WhitespaceFolding.occurrences(of: exact, in: article)
        guard !starts.isEmpty else { return .notFound }
        let prefix = span.prefix.map(WhitespaceFolding.fold) ?? ""
        let suffix = span.suffix.map(WhitespaceFolding.fold) ?? ""
        let bytes = Array(article.utf8)
        let matching = starts.filter { start in
            let before = String(decoding: bytes[..<start], as: UTF8.self).trimmingWhitespace()
            let after = String(decoding: bytes[(start + exact.utf8.count)...], as: UTF8.self).trimmingWhitespace()
            return before.hasSuffix(prefix) && after.hasPrefix(suffix)
        }
        return matching.isEmpty ? .contextMismatch : .found(count: matching.count)
    }
}
