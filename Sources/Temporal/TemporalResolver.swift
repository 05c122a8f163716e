/// Resolves English date expressions from news text against a publication date, in the spirit of HeidelTime.
public enum TemporalResolver {
    /// Rules in the order they are tried; each returns nil when the expression is not its kind.
    private static let rules: [@Sendable (TemporalExpression, RuleContext) -> TemporalResolution?] = [
        SinceRules.match, RelativeDayRules.match, WeekdayRules.match, PeriodRules.match,
        DurationRules.match, OffsetRules.match, MonthRules.match,
    ]

    /// Anchors up to this many days are resolved day by day; longer ones only at their two ends.
    static let perDayLimit = 31

    /// Resolves `expression` against `anchor`, the publication date or the interval it is known to lie in.
    ///
    /// `events` maps event names ("the election") to their dates, for "since <event>"; names match ignoring
    /// case and a leading "the". With an interval anchor the result is the hull of the results for its days.
    /// Short anchors (≤ 31 days) are resolved for every day; longer ones only at both ends, which gives
    /// the same hull because every rule moves forward monotonically with the anchor. If any day fails,
    /// the whole resolution fails with that day's reason.
    public static func resolve(_ expression: String, anchor: DateSpan, tense: Tense = .past,
                               events: [String: DateSpan] = [:]) -> TemporalResolution {
        let parsed = TemporalExpression(expression)
        guard !parsed.tokens.isEmpty else { return .unresolved(reason: "empty expression") }
        let days = anchor.dayCount <= perDayLimit ? anchor.days : [anchor.from, anchor.to]
        var values: [TemporalValue] = []
        for day in days {
            let context = RuleContext(anchor: day, tense: tense, events: events)
            switch applyRules(parsed, context) {
            case .resolved(let value)?: values.append(value)
            case let failure?: return failure
            case nil: return .unresolved(reason: "no rule for \"\(parsed.text)\"")
            }
        }
        guard let hull = TemporalValue.hull(values) else { return .unresolved(reason: "empty anchor") }
        return .resolved(hull)
    }

    /// Resolves `expression` against a single publication day.
    public static func resolve(_ expression: String, anchor: CalendarDate, tense: Tense = .past,
                               events: [String: DateSpan] = [:]) -> TemporalResolution {
        resolve(expression, anchor: DateSpan(day: anchor), tense: tense, events: events)
    }

    /// The first rule's answer, or nil when no rule recognises the expression.
    static func applyRules(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        for rule in rules {
            if let resolution = rule(expression, context) { return resolution }
        }
        return nil
    }
}
