/// The outcome of resolving an expression: a value, or the reason there is none.
public enum TemporalResolution: Hashable, Sendable, CustomStringConvertible {
    case resolved(TemporalValue)
    /// `reason` is lowercase and human-readable (`no rule for "whenever"`).
    case unresolved(reason: String)

    /// The value when resolved.
    public var temporalValue: TemporalValue? {
        if case .resolved(let value) = self { value } else { nil }
    }

    /// The span when resolved.
    public var span: DateSpan? { temporalValue?.span }

    /// The granularity when resolved.
    public var granularity: Granularity? { temporalValue?.granularity }

    /// The TIMEX3-like value string when resolved.
    public var timex: String? { temporalValue?.value }

    /// The reason when unresolved.
    public var reason: String? {
        if case .unresolved(let reason) = self { reason } else { nil }
    }

    /// Whether a value was found.
    public var isResolved: Bool { temporalValue != nil }

    /// `2024-04-02 (day)`, `2024-03-01..2024-03-31 (month)` or `unresolved: no rule for "whenever"`.
    public var description: String {
        switch self {
        case .resolved(let value): value.description
        case .unresolved(let reason): "unresolved: \(reason)"
        }
    }

    /// A resolution covering `from...to` (in either order) at `granularity`.
    static func span(_ from: CalendarDate, _ to: CalendarDate, _ granularity: Granularity) -> TemporalResolution {
        .resolved(TemporalValue(span: DateSpan(from: from, to: to), granularity: granularity))
    }

    /// A resolution to one day.
    static func day(_ date: CalendarDate) -> TemporalResolution { span(date, date, .day) }

    /// A resolution to the whole unit containing `date`.
    static func unit(_ granularity: Granularity, containing date: CalendarDate) -> TemporalResolution {
        .resolved(TemporalValue(span: granularity.span(containing: date), granularity: granularity))
    }
}
