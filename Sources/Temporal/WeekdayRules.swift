/// Weekday names, bare or with "last", "this", "next"; weekends; "Tuesday, April 2" checked against the calendar.
enum WeekdayRules {
    private static let abbreviations: [String: Weekday] = [
        "mon": .monday, "tue": .tuesday, "tues": .tuesday, "wed": .wednesday, "thu": .thursday,
        "thur": .thursday, "thurs": .thursday, "fri": .friday, "sat": .saturday, "sun": .sunday,
    ]
    private static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    static func weekday(_ word: String) -> Weekday? {
        Weekday(name: word) ?? abbreviations[word]
    }

    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        var words = expression.tokens
        if words.count >= 3, let named = weekday(words[0]) {
            return checkedDate(named, TemporalExpression(tokens: Array(words.dropFirst())), context)
        }
        // "Tuesday night" is still Tuesday.
        if words.count >= 2, let last = words.last, partsOfDay.contains(last) { words.removeLast() }
        if let weekend = weekend(words, context.anchor, context.tense) { return weekend }

        guard let name = words.last, let target = weekday(name), words.count <= 2 else { return nil }
        let modifier = words.count == 2 ? words[0] : "this"
        let anchor = context.anchor
        let back = (anchor.weekday.rawValue - target.rawValue + 7) % 7
        let ahead = (target.rawValue - anchor.weekday.rawValue + 7) % 7
        switch modifier {
        // Bare and "this" follow the tense and count the anchor day itself, as HeidelTime does.
        case "this": return .day(anchor.adding(days: context.tense == .past ? -back : ahead))
        // "last" and "next" never mean the anchor day: a week away when it is the same weekday.
        case "last", "past", "previous": return .day(anchor.adding(days: back == 0 ? -7 : -back))
        case "next", "coming": return .day(anchor.adding(days: ahead == 0 ? 7 : ahead))
        default: return nil
        }
    }

    /// "Tuesday, April 2": the date decides; a weekday that disagrees with it is reported.
    private static func checkedDate(_ named: Weekday, _ rest: TemporalExpression,
                                    _ context: RuleContext) -> TemporalResolution? {
        guard let resolution = MonthRules.match(rest, context) else { return nil }
        guard case .resolved(let value) = resolution, value.granularity == .day else { return resolution }
        let actual = value.span.from.weekday
        guard actual == named else {
            return .unresolved(reason: "\(value.span.from) is a \(actual.description.lowercased()), "
                + "not a \(named.description.lowercased())")
        }
        return resolution
    }

    /// Saturday and Sunday. Bare or "this" follows the tense: in the past, the latest weekend that has begun
    /// by the anchor; in the future, the first that has not ended. "last"/"next" skip a weekend the anchor is in.
    private static func weekend(_ words: [String], _ anchor: CalendarDate, _ tense: Tense) -> TemporalResolution? {
        guard words.last == "weekend", words.count <= 2 else { return nil }
        let day = anchor.weekday.rawValue  // Saturday = 6, Sunday = 7
        let saturday: CalendarDate
        switch words.count == 2 ? words[0] : "this" {
        case "this", "the":
            saturday = tense == .past ? anchor.adding(days: -((day - 6 + 7) % 7))
                : anchor.adding(days: (7 - day + 7) % 7 - 1)
        case "last", "past", "previous":
            saturday = anchor.adding(days: -(day == 7 ? 8 : day + 1))
        case "next", "coming":
            saturday = anchor.adding(days: (6 - day + 7) % 7 == 0 ? 7 : (6 - day + 7) % 7)
        default:
            return nil
        }
        return .span(saturday, saturday.adding(days: 1), .day)
    }
}
