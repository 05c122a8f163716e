/// Calendar weeks, months and years around the anchor: "last week", "earlier this year", "in recent weeks",
/// "in the coming months".
enum PeriodRules {
    private static let steps: [String: Int] = [
        "last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "following": 1,
    ]
    /// How far the vague "recent"/"coming" reach, per unit. Chosen generously, since a checker should
    /// rather accept a borderline date than flag it: 14 days, 8 weeks, 6 months, 5 years.
    static let vagueReach: [Granularity: Int] = [.day: 14, .week: 8, .month: 6, .year: 5]

    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        var words = expression.tokens[...]
        let hasArticle = words.first == "the"
        if hasArticle { words = words.dropFirst() }
        guard let unitWord = words.last, let (unit, plural) = NumberWords.unit(unitWord) else {
            return comingAhead(words, context.anchor)
        }
        let anchor = context.anchor
        switch Array(words.dropLast()) {
        // "last week", "this month", "the following year": the calendar unit, ISO weeks for weeks.
        case let modifier where modifier.count == 1 && !plural && unit != .day:
            // "the last week" is the seven days before the anchor (DurationRules), not the calendar week.
            guard let step = steps[modifier[0]], !(hasArticle && ["last", "this", "next"].contains(modifier[0]))
            else { return nil }
            return .unit(unit, containing: unit.shift(anchor, by: step))
        // "earlier this year" / "later this year", also "earlier in the year": the part up to or from
        // the anchor. The anchor day is included, so the span is never empty on the unit's first or last day.
        case let modifier where (modifier.count == 2 && modifier[1] == "this")
            || (modifier.count == 3 && modifier[1] == "in" && modifier[2] == "the"):
            guard !plural, unit != .day else { return nil }
            let whole = unit.span(containing: anchor)
            switch modifier[0] {
            case "earlier": return .span(whole.from, anchor, unit)
            case "later": return .span(anchor, whole.to, unit)
            default: return nil
            }
        // "recent weeks" / "the coming months": a vague reach from the anchor, anchor day included.
        case ["recent"] where plural:
            return vague(unit, anchor, direction: -1)
        case ["coming"] where plural, ["upcoming"] where plural:
            return vague(unit, anchor, direction: 1)
        default:
            return nil
        }
    }

    /// "the weeks ahead", "the months to come".
    private static func comingAhead(_ words: ArraySlice<String>, _ anchor: CalendarDate) -> TemporalResolution? {
        let tail = words.count >= 2 ? Array(words.suffix(words.last == "ahead" ? 1 : 2)) : []
        guard tail == ["ahead"] || tail == ["to", "come"] else { return nil }
        let head = words.dropLast(tail.count)
        guard head.count == 1, let word = head.first, let (unit, plural) = NumberWords.unit(word), plural
        else { return nil }
        return vague(unit, anchor, direction: 1)
    }

    private static func vague(_ unit: Granularity, _ anchor: CalendarDate, direction: Int) -> TemporalResolution {
        let reach = vagueReach[unit] ?? 1
        return .span(anchor, unit.shift(anchor, by: direction * reach), unit)
    }
}
