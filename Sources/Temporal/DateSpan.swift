/// An inclusive interval of days.
public struct DateSpan: Hashable, Sendable, CustomStringConvertible {
    public let from: CalendarDate
    public let to: CalendarDate

    /// Orders the bounds, so a reversed pair still gives a valid span.
    public init(from: CalendarDate, to: CalendarDate) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    /// A span of one day.
    public init(day: CalendarDate) {
        self.init(from: day, to: day)
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`; a reversed pair is rejected, as it is likely a data error.
    public init?(iso text: some StringProtocol) {
        guard let separator = text.firstRange(of: "..") else {
            guard let day = CalendarDate(iso: text) else { return nil }
            self.init(day: day)
            return
        }
        guard let from = CalendarDate(iso: text[..<separator.lowerBound]),
              let to = CalendarDate(iso: text[separator.upperBound...]), from <= to else { return nil }
        self.init(from: from, to: to)
    }

    /// Number of days in the span, both ends included.
    public var dayCount: Int { to.dayNumber - from.dayNumber + 1 }

    /// Whether the span is a single day.
    public var isSingleDay: Bool { from == to }

    /// Every day of the span, in order.
    public var days: [CalendarDate] { (from.dayNumber...to.dayNumber).map(CalendarDate.init(dayNumber:)) }

    /// Whether `date` falls within the span.
    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }

    /// Whether every day of `other` falls within the span.
    public func contains(_ other: DateSpan) -> Bool { from <= other.from && other.to <= to }

    /// Whether the two spans share at least one day.
    public func overlaps(_ other: DateSpan) -> Bool { from <= other.to && other.from <= to }

    /// The days both spans share, or nil when they are disjoint.
    public func intersection(_ other: DateSpan) -> DateSpan? {
        overlaps(other) ? DateSpan(from: max(from, other.from), to: min(to, other.to)) : nil
    }

    /// The smallest span covering both (gaps between them included).
    public func hull(_ other: DateSpan) -> DateSpan {
        DateSpan(from: min(from, other.from), to: max(to, other.to))
    }

    /// `2024-04-02` for one day, `2024-04-02..2024-04-05` otherwise.
    public var description: String { isSingleDay ? from.description : "\(from)..\(to)" }
}
