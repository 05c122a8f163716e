/// The calendar unit an expression is precise to.
public enum Granularity: String, CaseIterable, Comparable, Sendable, CustomStringConvertible {
    case day, week, month, year

    /// Finer units sort first.
    public static func < (lhs: Granularity, rhs: Granularity) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .year: 3
        }
    }

    /// The whole unit that contains `date` (a week is the ISO week, Monday..Sunday).
    public func span(containing date: CalendarDate) -> DateSpan {
        switch self {
        case .day: DateSpan(day: date)
        case .week: DateSpan(from: date.startOfWeek, to: date.endOfWeek)
        case .month: DateSpan(from: date.firstOfMonth, to: date.lastOfMonth)
        case .year: DateSpan(from: date.firstOfYear, to: date.lastOfYear)
        }
    }

    /// TIMEX3 value of the unit containing `date`: 2024-04-02, 2024-W14, 2024-04, 2024.
    public func timexValue(of date: CalendarDate) -> String {
        let iso = date.description
        switch self {
        case .day: return iso
        case .month: return String(iso.prefix(7))
        case .year: return String(iso.prefix(4))
        case .week:
            let (year, week) = date.isoWeek
            let yearText = String(year), weekText = String(week)
            return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
                + "-W" + (weekText.count < 2 ? "0" + weekText : weekText)
        }
    }

    /// Moves `date` by `count` units; months and years clamp to the month's end (2024-02-29 + 1 year = 2025-02-28).
    public func shift(_ date: CalendarDate, by count: Int) -> CalendarDate {
        switch self {
        case .day: date.adding(days: count)
        case .week: date.adding(days: 7 * count)
        case .month: date.adding(months: count)
        case .year: date.adding(years: count)
        }
    }

    public var description: String { rawValue }
}
