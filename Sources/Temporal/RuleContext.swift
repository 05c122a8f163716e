/// What a rule resolves against: one anchor day, a tense, and known event dates.
struct RuleContext: Sendable {
    let anchor: CalendarDate
    let tense: Tense
    let events: [String: DateSpan]
}
