import Temporal

/// `readout resolve`: what the resolver makes of a date expression.
public enum DateResolution {
    /// The text to print, and whether the expression resolved (`readout resolve` exits 1 when not).
    public struct Outcome: Sendable, Equatable {
        public var text: String
        public var resolved: Bool
    }

    /// nil when the anchor dates are not `YYYY-MM-DD`.
    public static func describe(_ expression: String, anchor: String, anchorLatest: String?, future: Bool) -> Outcome? {
        guard let from = CalendarDate(iso: anchor) else { return nil }
        var to = from
        if let anchorLatest {
            guard let latest = CalendarDate(iso: anchorLatest) else { return nil }
            to = latest
        }
        let resolution = TemporalResolver.resolve(expression, anchor: DateSpan(from: from, to: to), tense: future ? .future : .past)
        guard let value = resolution.temporalValue else { return Outcome(text: resolution.description + "\n", resolved: false) }
        var text = "\(value.span) (\(value.granularity), TIMEX3 \(value.value))"
        if let shifted = value.shiftedDay { text += "; shifted day \(shifted)" }
        return Outcome(text: text + "\n", resolved: true)
    }
}
