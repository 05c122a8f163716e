import Temporal

/// `readout resolve`: what the resolver makes of a date expression.
public enum DateResolution {
    /// nil when the anchor dates are not `YYYY-MM-DD`.
    public static func describe(_ expression: String, anchor: String, anchorLatest: String?, future: Bool) -> String? {
        guard let from = CalendarDate(iso: anchor) else { return nil }
        var to = from
        if let anchorLatest {
            guard let latest = CalendarDate(iso: anchorLatest) else { return nil }
            to = latest
        }
        let resolution = TemporalResolver.resolve(expression, anchor: DateSpan(from: from, to: to), tense: future ? .future : .past)
        guard let value = resolution.temporalValue else { return resolution.description + "\n" }
        var text = "\(value.span) (\(value.granularity), TIMEX3 \(value.value))"
        if let shifted = value.shiftedDay { text += "; shifted day \(shifted)" }
        return text + "\n"
    }
}
