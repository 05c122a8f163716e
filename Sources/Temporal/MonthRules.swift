/// Months, month-days, ISO dates and years: "in November", "November 2022", "Sep. 9", "September 9, 2021",
/// "24 November", "early March", "last November", "2024-04-02", "2024-04", "in 2022".
enum MonthRules {
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Thirds of a month: early = 1–10, mid = 11–20, late = 21–end.
    private static let parts: [String: ClosedRange<Int>] = [
        "early": 1...10, "beginning": 1...10, "start": 1...10, "mid": 11...20, "middle": 11...20,
        "late": 21...31, "end": 21...31,
    ]

    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        var words = expression.tokens[...]
        if words.count == 1, let only = words.first, let iso = isoForm(only) { return iso }
        if words.count == 1, let only = words.first, let year = NumberWords.year(only),
           let first = CalendarDate(year: year, month: 1, day: 1) {
            return .unit(.year, containing: first)
        }
        if words.first == "the" { words = words.dropFirst() }
        // "early March", "the end of March".
        var part: ClosedRange<Int>?
        if let first = words.first, let range = parts[first] {
            let takesOf = ["beginning", "start", "middle", "end"].contains(first)
            guard !takesOf || words.dropFirst().first == "of" else { return nil }
            part = range
            words = words.dropFirst(takesOf ? 2 : 1)
        }
        // "last November", "this November", "next November".
        var step: String?
        if let first = words.first, ["last", "this", "next"].contains(first), words.count == 2 {
            step = first
            words = words.dropFirst()
        }
        guard let fields = fields(Array(words)) else { return nil }
        guard part == nil || fields.day == nil else { return nil }
        guard step == nil || (fields.day == nil && fields.year == nil) else { return nil }
        if let day = fields.day {
            return monthDay(fields.month, day, fields.year, expression.text, context)
        }
        let anchor = context.anchor
        let year = fields.year ?? inferredYear(fields.month, anchor, step: step, tense: context.tense)
        guard let first = CalendarDate(year: year, month: fields.month, day: 1) else {
            return .unresolved(reason: "invalid date \"\(expression.text)\"")
        }
        guard let part else { return .unit(.month, containing: first) }
        let end = min(first.adding(days: part.upperBound - 1), first.lastOfMonth)  // "late February" ends on the 28th/29th
        return .span(first.adding(days: part.lowerBound - 1), end, .month)
    }

    /// Month, optional day, optional year, in the orders "November 24, 2025" and "24 November 2025".
    private static func fields(_ words: [String]) -> (month: Int, day: Int?, year: Int?)? {
        var rest = words[...]
        var day: Int?
        if let first = rest.first, months[first] == nil {
            day = NumberWords.dayOfMonth(first)
            guard day != nil else { return nil }
            rest = rest.dropFirst()
            if rest.first == "of" { rest = rest.dropFirst() }  // "the 24th of November"
        }
        guard let monthWord = rest.first, let month = months[monthWord] else { return nil }
        rest = rest.dropFirst()
        if day == nil, let next = rest.first, let parsed = NumberWords.dayOfMonth(next) {
            day = parsed
            rest = rest.dropFirst()
        }
        var year: Int?
        if let next = rest.first {
            year = NumberWords.year(next)
            guard year != nil, rest.count == 1 else { return nil }
        }
        return (month, day, year)
    }

    /// A month without a year: past tense takes the latest such month up to the anchor's, future tense
    /// the earliest from the anchor's on; "last"/"next" skip the anchor's own month, "this" keeps its year.
    private static func inferredYear(_ month: Int, _ anchor: CalendarDate, step: String?, tense: Tense) -> Int {
        switch step {
        case "this": anchor.year
        case "last": month < anchor.month ? anchor.year : anchor.year - 1
        case "next": month > anchor.month ? anchor.year : anchor.year + 1
        default:
            tense == .past ? (month > anchor.month ? anchor.year - 1 : anchor.year)
                : (month < anchor.month ? anchor.year + 1 : anchor.year)
        }
    }

    /// A month-day, with the year inferred like a month's when missing. February 29 without a year moves on
    /// to the nearest leap year in the tense's direction.
    private static func monthDay(_ month: Int, _ day: Int, _ year: Int?, _ text: String,
                                 _ context: RuleContext) -> TemporalResolution {
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else {
                return .unresolved(reason: "invalid date \"\(text)\"")
            }
            return .day(date)
        }
        let anchor = context.anchor
        let sign = context.tense.sign
        let isAfter = (month, day) > (anchor.month, anchor.day)
        let isBefore = (month, day) < (anchor.month, anchor.day)
        var candidate = anchor.year + (sign < 0 ? (isAfter ? -1 : 0) : (isBefore ? 1 : 0))
        for _ in 0..<8 {
            if let date = CalendarDate(year: candidate, month: month, day: day) { return .day(date) }
            candidate += sign
        }
        return .unresolved(reason: "invalid date \"\(text)\"")
    }

    /// `YYYY-MM-DD` or `YYYY-MM`; a well-formed but impossible date is reported rather than ignored.
    private static func isoForm(_ word: String) -> TemporalResolution? {
        let pieces = word.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count), pieces[0].count == 4,
              pieces.dropFirst().allSatisfy({ $0.count == 2 }),
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if pieces.count == 3 {
            guard let date = CalendarDate(iso: word) else { return .unresolved(reason: "invalid date \"\(word)\"") }
            return .day(date)
        }
        guard let month = CalendarDate(iso: word + "-01") else {
            return .unresolved(reason: "invalid date \"\(word)\"")
        }
        return .unit(.month, containing: month)
    }
}
