/// A point in time as whole seconds and a decimal fraction of any precision, for exact comparison.
public struct Instant: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00 UTC (for a time: since midnight UTC), negative before.
    public let seconds: Int
    /// The fraction's digits without trailing zeros ("5" for .50), so texts compare as numbers.
    public let fraction: String
    /// Whether the text named its offset; an unzoned value is taken as UTC for ordering.
    public let zoned: Bool

    init(seconds: Int, fraction: Substring, zoned: Bool) {
        self.seconds = seconds
        var digits = fraction
        while digits.last == "0" { digits = digits.dropLast() }
        self.fraction = String(digits)
        self.zoned = zoned
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        (lhs.seconds, lhs.fraction) < (rhs.seconds, rhs.fraction)
    }

    /// XML Schema's partial order: a zoned and an unzoned value within 14 hours are indeterminate.
    func order(_ other: Instant) -> ValueOrder? {
        if zoned != other.zoned, abs(seconds - other.seconds) <= 14 * 3600 { return nil }
        return self < other ? .less : (seconds, fraction) == (other.seconds, other.fraction) ? .equal : .greater
    }
}

/// A `time` value: equal to another at the same instant of the day, its text kept for export.
public struct TimeValue: Sendable, Hashable {
    public let text: String
    public let instant: Instant

    public static func == (lhs: TimeValue, rhs: TimeValue) -> Bool { lhs.instant == rhs.instant }
    public func hash(into hasher: inout Hasher) { hasher.combine(instant) }
}

/// A `datetime` value: equal to another at the same instant, its text kept for export.
public struct DateTimeValue: Sendable, Hashable {
    public let text: String
    public let instant: Instant

    public static func == (lhs: DateTimeValue, rhs: DateTimeValue) -> Bool { lhs.instant == rhs.instant }
    public func hash(into hasher: inout Hasher) { hasher.combine(instant) }
}

/// An XML Schema duration: months and seconds, which no fixed ratio relates (a month has 28 to 31 days).
public struct DurationValue: Sendable, Hashable {
    public let text: String
    /// Years and months, as months; negative for a negative duration.
    public let months: Int
    /// Days, hours, minutes and seconds, as nanoseconds (finer digits are kept in the text only).
    public let nanoseconds: Int

    public static func == (lhs: DurationValue, rhs: DurationValue) -> Bool {
        (lhs.months, lhs.nanoseconds) == (rhs.months, rhs.nanoseconds)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(months)
        hasher.combine(nanoseconds)
    }

    /// Ordered only when both parts agree (XML Schema's partial order): P1M and P30D are not.
    func order(_ other: DurationValue) -> ValueOrder? {
        let byMonths = Value.compare(months, other.months), bySeconds = Value.compare(nanoseconds, other.nanoseconds)
        if byMonths == bySeconds { return byMonths }
        if byMonths == .equal { return bySeconds }
        if bySeconds == .equal { return byMonths }
        return nil
    }
}
