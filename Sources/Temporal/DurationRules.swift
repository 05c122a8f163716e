/// Stretches measured from the anchor: "in less than a year", "within six months", "in the past 3 months",
/// "over the next two weeks", "less than two weeks ago".
enum DurationRules {
    /// "the past/last" always look back and "the next/coming" forward; "within", "less than" and "under"
    /// follow the tense.
    private static let directions: [String: Int] = ["past": -1, "last": -1, "next": 1, "coming": 1]

    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        var words = expression.tokens[...]
        var bounded = false
        if words.first == "within" || words.first == "under" {
            words = words.dropFirst()
            bounded = true
        } else if words.starts(with: ["less", "than"]) {
            words = words.dropFirst(2)
            bounded = true
        }
        var direction: Int?
        if bounded, words.last == "ago" {
            words = words.dropLast()
            direction = -1
        }
        if words.count >= 2, words.first == "the", let named = directions[words[words.startIndex + 1]] {
            words = words.dropFirst(2)
            direction = named
        }
        guard bounded || direction != nil, let unitWord = words.last, let (unit, plural) = NumberWords.unit(unitWord)
        else { return nil }
        let countWords = words.dropLast()
        // "the past year" counts one; "the coming weeks" has no count and is left to PeriodRules.
        if countWords.isEmpty && plural { return nil }
        guard let count = countWords.isEmpty ? 1...1 : NumberWords.count(countWords), count.upperBound > 0
        else { return nil }
        let sign = direction ?? context.tense.sign
        // A range of counts ("a few weeks") reaches as far as its upper bound.
        return .span(context.anchor, unit.shift(context.anchor, by: sign * count.upperBound), unit)
    }
}
