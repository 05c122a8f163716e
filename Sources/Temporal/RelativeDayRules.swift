/// "today", "tonight", "yesterday", "tomorrow" and their parts of the day.
enum RelativeDayRules {
    /// Phrases naming a day by its distance from the anchor.
    private static let phrases: [String: Int] = [
        "today": 0, "tonight": 0, "now": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "earlier today": 0, "later today": 0, "later tonight": 0,
        // "last night" is the evening before a morning edition; the anchor day's own evening is "tonight".
        "yesterday": -1, "last night": -1, "the day before yesterday": -2,
        "tomorrow": 1, "the day after tomorrow": 2,
    ]
    private static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        var words = expression.tokens
        // "yesterday morning", "tomorrow night": the part of the day does not change the day.
        if words.count == 2, ["yesterday", "tomorrow"].contains(words[0]), partsOfDay.contains(words[1]) {
            words.removeLast()
        }
        guard let offset = phrases[words.joined(separator: " ")] else { return nil }
        return .day(context.anchor.adding(days: offset))
    }
}
