import Temporal

/// A typed cell value, after casting the text a reader found to its field's type.
public enum Value: Sendable, Hashable {
    case null
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case date(CalendarDate)
    /// An ISO 8601 date and time, kept in its canonical text.
    case datetime(String)
    case year(Int)
    case yearMonth(year: Int, month: Int)
    /// Text that did not cast to the field's type; `schema.type` reports it and other rules skip it.
    case invalid(String)

    public var isNull: Bool { self == .null }

    /// A value the rules can use: neither null nor invalid.
    public var isPresent: Bool {
        switch self {
        case .null, .invalid: return false
        default: return true
        }
    }

    /// The canonical text form (ISO dates, shortest numbers); nil for null.
    public var text: String? {
        switch self {
        case .null: return nil
        case let .string(text), let .datetime(text), let .invalid(text): return text
        case let .integer(number): return String(number)
        case let .number(number): return Value.canonical(number)
        case let .boolean(flag): return flag ? "true" : "false"
        case let .date(date): return date.description
        case let .year(year): return String(year)
        case let .yearMonth(year, month): return String(year) + (month < 10 ? "-0" : "-") + String(month)
        }
    }

    public var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    public var dateValue: CalendarDate? {
        if case let .date(date) = self { return date }
        return nil
    }

    public var integerValue: Int? {
        if case let .integer(number) = self { return number }
        return nil
    }

    public var booleanValue: Bool? {
        if case let .boolean(flag) = self { return flag }
        return nil
    }

    /// Integral doubles print without a fraction so `2.0` and `2` export alike.
    static func canonical(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}

extension Value: Comparable {
    /// Orders values of one field; nulls first. Values of different kinds order by kind.
    public static func < (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)): return a < b
        case let (.number(a), .number(b)): return a < b
        case let (.integer(a), .number(b)): return Double(a) < b
        case let (.number(a), .integer(b)): return a < Double(b)
        case let (.date(a), .date(b)): return a < b
        case let (.year(a), .year(b)): return a < b
        case let (.yearMonth(ay, am), .yearMonth(by, bm)): return (ay, am) < (by, bm)
        case let (.boolean(a), .boolean(b)): return !a && b
        default:
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            return (lhs.text ?? "") < (rhs.text ?? "")
        }
    }

    private var rank: Int {
        switch self {
        case .null: return 0
        case .boolean: return 1
        case .integer, .number: return 2
        case .year, .yearMonth, .date, .datetime: return 3
        case .string: return 4
        case .invalid: return 5
        }
    }
}
