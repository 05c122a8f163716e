/// Shifts from the anchor: "two months earlier", "a year ago", "3 weeks later", "in two weeks" (future).
///
/// The span is the whole unit the shifted day falls in ("two months earlier" from 2025-11-24 is
/// 2025-09-01..2025-09-30, month granularity), since the text is only precise to that unit;
/// the exact shifted day (2025-09-24) is kept in `TemporalValue.shifted`.
enum OffsetRules {
    private static let backward: Set<String> = ["ago", "earlier", "before", "prior", "previously", "back"]
    private static let forward: Set<String> = ["later", "after", "afterwards", "afterward", "hence"]

    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        var words = expression.tokens[...]
        let sign: Int
        if words.count > 2, words.suffix(2).elementsEqual(["from", "now"]) {
            words = words.dropLast(2)
            sign = 1
        } else if let last = words.last, backward.contains(last) {
            words = words.dropLast()
            sign = -1
        } else if let last = words.last, forward.contains(last) {
            words = words.dropLast()
            sign = 1
        } else if expression.preposition == "in" {
            // "in two weeks" is a date only when it looks ahead; in the past it is a length of time.
            guard isDuration(words) else { return nil }
            guard context.tense == .future else {
                return .unresolved(reason: "\"\(expression.text)\" is a duration, not a date, in past tense")
            }
            sign = 1
        } else {
            return nil
        }
        guard isDuration(words), let unitWord = words.last, let (unit, _) = NumberWords.unit(unitWord),
              let count = NumberWords.count(words.dropLast()) else { return nil }
        let near = unit.shift(context.anchor, by: sign * count.lowerBound)
        let far = unit.shift(context.anchor, by: sign * count.upperBound)
        let span = unit.span(containing: near).hull(unit.span(containing: far))
        return .resolved(TemporalValue(span: span, granularity: unit, shifted: DateSpan(from: near, to: far)))
    }

    /// A count followed by a unit ("two weeks", "a few days").
    private static func isDuration(_ words: ArraySlice<String>) -> Bool {
        guard let last = words.last, NumberWords.unit(last) != nil else { return false }
        return NumberWords.count(words.dropLast()) != nil
    }
}
