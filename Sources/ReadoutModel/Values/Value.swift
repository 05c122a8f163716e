import Temporal

/// A typed cell value, after casting the text a reader found to its field's type.
///
/// Kept to 17 bytes (a string's size and a tag): a table holds one per cell, so the larger payloads
/// are `indirect` (boxed) and cost their box only in the columns that have them.
public enum Value: Sendable {
    case null
    case string(String)
    case integer(Int)
    /// An integer beyond 64 bits, in canonical decimal text (optional `-`, no leading zeros).
    case bigInteger(String)
    case number(Double)
    /// A number beyond a Double's range (1e400, 1e-400), kept exactly as its text (group marks removed,
    /// `.` as the decimal mark) so that export changes nothing; ordered as the infinity or zero it rounds to.
    case bigNumber(String)
    case boolean(Bool)
    case date(CalendarDate)
    indirect case time(TimeValue)
    /// A date and time, compared as an instant (offsets normalized) and exported as written.
    indirect case datetime(DateTimeValue)
    case year(Int)
    case yearMonth(year: Int, month: Int)
    indirect case duration(DurationValue)
    /// A JSON object or array: the object, array and geojson types.
    case json(JSONValue)
    /// The items of a `list` field, each cast to its item type, and the delimiter that joins them.
    indirect case list([Value], delimiter: String)
    indirect case geopoint(GeoPoint)
    /// Text that did not cast to the field's type; `schema.type` reports it and other rules skip it.
    case invalid(String)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A value the rules can use: neither null nor invalid.
    public var isPresent: Bool {
        switch self {
        case .null, .invalid: return false
        default: return true
        }
    }

    /// The canonical text form (ISO dates, shortest numbers, compact JSON); nil for null.
    public var text: String? {
        switch self {
        case .null: return nil
        case let .string(text), let .bigInteger(text), let .bigNumber(text), let .invalid(text): return text
        case let .integer(number): return String(number)
        case let .number(number): return Value.canonical(number)
        case let .boolean(flag): return flag ? "true" : "false"
        case let .date(date): return date.description
        case let .time(time): return time.text
        case let .datetime(datetime): return datetime.text
        case let .year(year): return Value.fourDigits(year)
        case let .yearMonth(year, month): return Value.fourDigits(year) + (month < 10 ? "-0" : "-") + String(month)
        case let .duration(duration): return duration.text
        case let .json(json): return json.compact
        case let .list(items, delimiter): return items.map { $0.text ?? "" }.joined(separator: delimiter)
        case let .geopoint(point): return point.text
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

    /// How many items a collection holds (array items, object members, list items); nil for other values.
    public var itemCount: Int? {
        switch self {
        case let .json(.array(items)): return items.count
        case let .json(.object(members)): return members.count
        case let .list(items, _): return items.count
        default: return nil
        }
    }

    /// Integral doubles print without a fraction so `2.0` and `2` export alike; the special values
    /// print as Table Schema writes them.
    static func canonical(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-INF" : "INF" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// Years print with at least four digits, as XML Schema's gYear writes them.
    static func fourDigits(_ year: Int) -> String {
        let digits = String(year.magnitude)
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
