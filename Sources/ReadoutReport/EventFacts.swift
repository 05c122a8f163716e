import ReadoutModel
import Temporal

/// What the report shows of one event record, read through the schema's annotations.
struct EventFacts: Equatable {
    var key: String
    var name: String
    var kind: String?
    var from: CalendarDate?
    var to: CalendarDate?
    var precision: DatePrecision?
    var status: String?
    var parent: String?
    var note: String?

    init(_ event: ReportData.Located, data: ReportData) {
        key = event.table.key(of: event.record)
        name = data.displayName(of: event)
        kind = data.string(.eventKind, of: event)
        from = data.date(.eventDateFrom, of: event)
        to = data.date(.eventDateTo, of: event)
        precision = data.meaning(DatePrecision.self, of: event)
        status = data.string(.eventStatus, of: event)
        parent = data.string(.eventParent, of: event)
        note = data.string(.note, of: event)
    }

    /// "2024-04-02", "2023-11-14 to 2023-11-17", "on or before 2023-03-22", "date not known".
    var dateText: String {
        let days: String
        switch (from, to) {
        case let (from?, to?) where from == to: days = from.description
        case let (from?, to?): days = "\(from) to \(to)"
        case let (from?, nil): days = "on or after \(from)"
        case let (nil, to?): days = "on or before \(to)"
        case (nil, nil): days = "date not known"
        }
        guard let precision, precision != .day else { return days }
        return days + (precision == .unknown ? " (precision unknown)" : " (known to the \(precision.rawValue))")
    }

    /// Orders events by their first known day, undated ones last, then by key.
    static func chronological(_ lhs: EventFacts, _ rhs: EventFacts) -> Bool {
        let left = lhs.from ?? lhs.to, right = rhs.from ?? rhs.to
        if left != right {
            guard let left else { return false }
            guard let right else { return true }
            return left < right
        }
        return lhs.key < rhs.key
    }
}
