/// A resolved expression: the days it may denote and the unit it is precise to.
public struct TemporalValue: Hashable, Sendable, CustomStringConvertible {
    /// Every day the expression may denote.
    public let span: DateSpan
    /// The unit the expression names ("two months earlier" is a month even though it was shifted from a day).
    public let granularity: Granularity
    /// For offsets ("two months earlier"), the exact day(s) the anchor lands on; nil for other expressions.
    public let shifted: DateSpan?

    /// A value; `shifted` is only set by offset expressions.
    public init(span: DateSpan, granularity: Granularity, shifted: DateSpan? = nil) {
        self.span = span
        self.granularity = granularity
        self.shifted = shifted
    }

    /// The shifted day when it is a single day.
    public var shiftedDay: CalendarDate? {
        guard let shifted, shifted.isSingleDay else { return nil }
        return shifted.from
    }

    /// TIMEX3-like value: the unit (2024-04-02, 2024-W14, 2024-04, 2024) when the span is exactly one unit
    /// of its granularity, else an ISO 8601 interval (2024-01-01/2024-04-02).
    public var value: String {
        if span == granularity.span(containing: span.from) { return granularity.timexValue(of: span.from) }
        if span.isSingleDay { return span.from.description }
        return "\(span.from)/\(span.to)"
    }

    /// `2024-04-02 (day)` or `2024-03-01..2024-03-31 (month)`.
    public var description: String { "\(span) (\(granularity))" }

    /// The union of several values, as when one expression is resolved against each day of an interval anchor.
    /// Takes the coarsest granularity; keeps `shifted` only when every value has one.
    static func hull(_ values: [TemporalValue]) -> TemporalValue? {
        guard let first = values.first else { return nil }
        return values.dropFirst().reduce(first) { joined, next in
            let shifted: DateSpan? = if let a = joined.shifted, let b = next.shifted { a.hull(b) } else { nil }
            return TemporalValue(span: joined.span.hull(next.span),
                                 granularity: max(joined.granularity, next.granularity), shifted: shifted)
        }
    }
}
