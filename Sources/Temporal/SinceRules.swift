/// "since November", "since 2022", "since last week", and "since <event>" when the event's date is known.
enum SinceRules {
    static func match(_ expression: TemporalExpression, _ context: RuleContext) -> TemporalResolution? {
        guard expression.tokens.count > 1, expression.tokens.first == "since" else { return nil }
        let rest = TemporalExpression(tokens: Array(expression.tokens.dropFirst()))
        let anchor = context.anchor
        // What follows "since" lies in the past whatever the clause's tense.
        let start: (CalendarDate, Granularity)
        switch TemporalResolver.applyRules(rest, RuleContext(anchor: anchor, tense: .past, events: context.events)) {
        case .resolved(let value)?:
            start = (value.span.from, value.granularity)
        case let failure?:
            return failure
        case nil:
            guard let event = eventDate(rest, context.events) else {
                return .unresolved(reason: "needs the date of the event \"\(rest.text)\"")
            }
            start = (event.from, .day)
        }
        guard start.0 <= anchor else {
            return .unresolved(reason: "\"\(expression.text)\" starts after the anchor \(anchor)")
        }
        return .span(start.0, anchor, start.1)
    }

    /// Looks an event up by name, ignoring case, punctuation and a leading "the".
    private static func eventDate(_ name: TemporalExpression, _ events: [String: DateSpan]) -> DateSpan? {
        let wanted = key(name.tokens)
        return events.first { key(TemporalExpression($0.key, stripsPreposition: false).tokens) == wanted }?.value
    }

    private static func key(_ tokens: [String]) -> [String] {
        tokens.first == "the" ? Array(tokens.dropFirst()) : tokens
    }
}
