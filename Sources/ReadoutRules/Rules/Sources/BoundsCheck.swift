import ReadoutModel
import Temporal

/// Finds inferred publication bounds that include days on which a source's own date expressions
/// would not mean the events they are recorded for.
struct BoundsCheck {
    /// Wider bounds are not checked day by day (they are a finding of their own kind: vague).
    static let longestChecked = 62

    let context: RuleContext
    let facts: DateFacts
    /// Days a day-level resolution may be off for time zones.
    let slack: Int

    func tooWide() -> [(source: Record, field: Int?, message: String)] {
        guard let sources = facts.sources else { return [] }
        let latestField = sources.schema.index(of: .publicationDateLatest)
        var results: [(Record, Int?, String)] = []
        var reported = Set<String>()
        for (tableIndex, table) in context.dataset.tables.enumerated() {
            guard let expressionField = table.schema.index(of: .dateExpression) else { continue }
            let anchorField = table.schema.index(of: .dateAnchorEvent)
            for (row, record) in table.records.enumerated() {
                guard anchorField.map({ record.values[$0].isNull }) ?? true, !facts.isCaption(record, in: table),
                      let expression = record.values[expressionField].stringValue,
                      let source = context.index.source(ofRow: row, inTableAt: tableIndex),
                      !reported.contains(sources.key(of: source)),
                      let bounds = facts.publication(of: source), bounds.dayCount > 1, bounds.dayCount <= Self.longestChecked,
                      let event = context.index.event(ofRow: row, inTableAt: tableIndex),
                      let eventSpan = facts.span(ofEvent: event), eventSpan.isSingleDay else { continue }
                let tense = facts.tense(of: record, in: table)
                let excluded = bounds.days.filter { day in
                    guard let value = TemporalResolver.resolve(expression, anchor: day, tense: tense).temporalValue else { return false }
                    let allowed = value.granularity == .day ? value.span.widened(by: slack) : value.span
                    return !allowed.overlaps(eventSpan)
                }
                guard let first = excluded.first else { continue }
                reported.insert(sources.key(of: source))
                results.append((source, latestField,
                    "the publication bounds \(bounds) include \(first), on which '\(expression)' (\(table.name) \(table.key(of: record))) would not mean \(facts.key(ofEvent: event)) on \(eventSpan)"))
            }
        }
        return results
    }
}
