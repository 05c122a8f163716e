import Temporal

/// The horizontal scale of a timeline: the days it spans, where each falls, and labelled ticks.
struct TimelineAxis: Equatable {
    /// The first and last day shown, as day numbers (days since 1970-01-01).
    let first: Int
    let last: Int
    /// The pixel range days are drawn in.
    let left: Int
    let right: Int

    /// Spans the given days with a margin, so that points at either end stay visible.
    init?(days: [Int], left: Int, right: Int) {
        guard let low = days.min(), let high = days.max() else { return nil }
        let margin = max(3, (high - low) / 20)
        first = low - margin
        last = high + margin
        self.left = left
        self.right = right
    }

    func x(_ day: Int) -> Int {
        left + (day - first) * (right - left) / max(1, last - first)
    }

    func x(_ date: CalendarDate) -> Int {
        x(date.dayNumber)
    }

    /// At most seven ticks: days or weeks for a short span (`03-04`, the first with its year), else the
    /// first days of months, quarters or years.
    var ticks: [(day: Int, label: String)] {
        let span = last - first
        if span <= 62 {
            let step = [1, 2, 7, 14].first { span / $0 <= 6 } ?? 14
            let start = CalendarDate(dayNumber: first)
            // Weekly ticks fall on Mondays.
            let offset = step >= 7 ? (8 - start.weekday.rawValue) % 7 : 0
            return stride(from: first + offset, through: last, by: step).enumerated().map { position, day in
                let date = CalendarDate(dayNumber: day).description
                return (day, position == 0 ? date : String(date.dropFirst(5)))
            }
        }
        let months = (span + 29) / 30
        let step = [1, 2, 3, 6, 12, 24, 60, 120].first { months / $0 <= 7 } ?? 120
        var ticks: [(day: Int, label: String)] = []
        var month = CalendarDate(dayNumber: first).firstOfMonth
        if month.dayNumber < first { month = month.adding(months: 1) }
        while month.dayNumber <= last {
            if (month.year * 12 + month.month - 1) % step == 0 {
                let label = step >= 12 ? String(month.year) : String(month.description.prefix(7))
                ticks.append((month.dayNumber, label))
            }
            month = month.adding(months: 1)
        }
        return ticks
    }
}
