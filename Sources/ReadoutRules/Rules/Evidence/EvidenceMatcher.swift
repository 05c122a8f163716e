import ReadoutModel

/// Locates a record's evidence span (with its optional prefix and suffix) in its source's article.
struct EvidenceMatcher {
    struct Span: Sendable {
        let exact: String
        let prefix: String?
        let suffix: String?
    }

    enum Outcome: Sendable {
        case found(count: Int)
        /// The exact text occurs, but not with the given prefix or suffix.
        case contextMismatch
        /// Not in the article; with the article's closest passage, when one shares half the span's words
        /// (found after the exact search, for the spans it does not find).
        case notFound(nearest: NearestPassage?)
        /// The record's article text is not available (missing source or corpus file).
        case noArticle
    }

    /// A record whose evidence span is not found exactly once in its article.
    struct Located: Sendable {
        let table: Table
        let record: Record
        let field: Int
        let exact: String
        let outcome: Outcome
    }

    private let context: RuleContext

    init(context: RuleContext) {
        self.context = context
    }

    /// The evidence fields of a table: exact, prefix and suffix indices.
    static func fields(of schema: TableSchema) -> (exact: Int, prefix: Int?, suffix: Int?)? {
        guard let exact = schema.index(of: .evidence) else { return nil }
        return (exact, schema.index(of: .evidencePrefix), schema.index(of: .evidenceSuffix))
    }

    /// Every record whose evidence span is missing, ambiguous or out of context in its article, in
    /// table and record order; matched once per run for all the evidence rules.
    static func outcomes(_ context: RuleContext) -> [Located] {
        context.evidenceOutcomes.value { EvidenceMatcher(context: context).outcomes() }
    }

    /// A record with an evidence span: its table, its position there, its span and field, and its
    /// article's corpus name.
    private struct Pending: Sendable {
        let table: Int
        let record: Int
        let field: Int
        let span: Span
        let article: String?
    }

    private func outcomes() -> [Located] {
        let sources = context.index.sourceTable.flatMap(context.dataset.table(named:))
        let fileField = sources?.schema.index(of: .corpusFile)
        var pending: [Pending] = []
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            guard let fields = EvidenceMatcher.fields(of: table.schema) else { continue }
            for (recordIndex, record) in table.records.enumerated() {
                guard let exact = record.values[fields.exact].stringValue else { continue }
                let article = fileField.flatMap { field in
                    context.index.source(ofRow: recordIndex, inTableAt: tableIndex).flatMap { $0.values[field].stringValue }
                }
                let span = Span(exact: exact, prefix: fields.prefix.flatMap { record.values[$0].stringValue },
                                suffix: fields.suffix.flatMap { record.values[$0].stringValue })
                pending.append(Pending(table: tableIndex, record: recordIndex, field: fields.exact, span: span, article: article))
            }
        }
        // Article by article, on all cores: each article is folded and indexed once for all its spans,
        // and dropped before the next, so at most one article per core is held in its indexed form.
        let spans = pending.map(\.span)
        var byArticle: [String: [Int]] = [:]
        for (position, item) in pending.enumerated() { byArticle[item.article ?? "", default: []].append(position) }
        let groups = byArticle.sorted { $0.key < $1.key }
        let located = Parallel.map(groups.count, cost: { groups[$0].value.count }) { group -> [(Int, Outcome)] in
            let (name, positions) = groups[group]
            let article: ArticleIndex? = name.isEmpty ? nil : context.corpus?.entries[name].flatMap { entry in
                guard case let .document(text, _) = entry else { return nil }
                return ArticleIndex(folded: WhitespaceFolding.foldedUTF8(text))
            }
            // The article's tokens for nearest passages, made at its first span that is not found.
            var tokens: NearestPassage.Article?
            return positions.compactMap { position in
                var outcome = EvidenceMatcher.locate(spans[position], in: article)
                if case .notFound = outcome, let article {
                    let tokenized = tokens ?? NearestPassage.Article(folded: article.bytes)
                    tokens = tokenized
                    outcome = .notFound(nearest: NearestPassage.find(WhitespaceFolding.foldedUTF8(spans[position].exact), in: tokenized))
                }
                if case .found(count: 1) = outcome { return nil }
                if case .noArticle = outcome { return nil }
                return (position, outcome)
            }
        }
        return located.flatMap { $0 }.sorted { $0.0 < $1.0 }.map { position, outcome in
            let item = pending[position]
            let table = context.dataset.tables[item.table]
            return Located(table: table, record: table.records[item.record], field: item.field, exact: item.span.exact,
                           outcome: outcome)
        }
    }

    private static func locate(_ span: Span, in index: ArticleIndex?) -> Outcome {
        guard let index else { return .noArticle }
        let article = index.bytes
        let exact = WhitespaceFolding.foldedUTF8(span.exact)
        let starts = index.occurrences(of: exact)
        guard !starts.isEmpty else { return .notFound(nearest: nil) }
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
