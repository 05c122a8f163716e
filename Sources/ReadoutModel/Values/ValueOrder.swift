/// How two values of one field compare, when the standard says they do.
public enum ValueOrder: Sendable, Equatable {
    case less, equal, greater
}

extension Value: Hashable {
    /// Typed equality: numbers by value (NaN equals NaN, so a set of values stays a set), times and
    /// datetimes as instants, durations by their months and seconds, JSON whatever its key order.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.string(a), .string(b)), let (.bigInteger(a), .bigInteger(b)), let (.bigNumber(a), .bigNumber(b)),
             let (.invalid(a), .invalid(b)):
            return a == b
        case let (.integer(a), .integer(b)), let (.year(a), .year(b)): return a == b
        case let (.number(a), .number(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.boolean(a), .boolean(b)): return a == b
        case let (.date(a), .date(b)): return a == b
        case let (.time(a), .time(b)): return a == b
        case let (.datetime(a), .datetime(b)): return a == b
        case let (.yearMonth(ay, am), .yearMonth(by, bm)): return ay == by && am == bm
        case let (.duration(a), .duration(b)): return a == b
        case let (.json(a), .json(b)): return a.sortedCompact == b.sortedCompact
        case let (.list(a, ad), .list(b, bd)): return a == b && ad == bd
        case let (.geopoint(a), .geopoint(b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case let .string(text): hasher.combine(1); hasher.combine(text)
        case let .integer(number): hasher.combine(2); hasher.combine(number)
        case let .bigInteger(text): hasher.combine(3); hasher.combine(text)
        case let .number(number): hasher.combine(4); hasher.combine(number.isNaN ? .nan : number)
        case let .boolean(flag): hasher.combine(5); hasher.combine(flag)
        case let .date(date): hasher.combine(6); hasher.combine(date)
        case let .time(time): hasher.combine(7); hasher.combine(time)
        case let .datetime(datetime): hasher.combine(8); hasher.combine(datetime)
        case let .year(year): hasher.combine(9); hasher.combine(year)
        case let .yearMonth(year, month): hasher.combine(10); hasher.combine(year); hasher.combine(month)
        case let .duration(duration): hasher.combine(11); hasher.combine(duration)
        case let .json(json): hasher.combine(12); hasher.combine(json.sortedCompact)
        case let .list(items, delimiter): hasher.combine(13); hasher.combine(items); hasher.combine(delimiter)
        case let .geopoint(point): hasher.combine(14); hasher.combine(point)
        case let .invalid(text): hasher.combine(15); hasher.combine(text)
        case let .bigNumber(text): hasher.combine(16); hasher.combine(text)
        }
    }
}

extension Value {
    /// The order Table Schema's `minimum`/`maximum` constraints use: values of one type, compared in
    /// that type (numbers numerically, datetimes as instants). nil when they are not comparable: other
    /// kinds, NaN, durations that XML Schema leaves unordered (P1M and P30D), or a zoned and an unzoned
    /// time within 14 hours of each other.
    public static func order(_ lhs: Value, _ rhs: Value) -> ValueOrder? {
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)), let (.year(a), .year(b)): return compare(a, b)
        case (.integer, .bigInteger), (.bigInteger, .integer), (.bigInteger, .bigInteger):
            return BigIntegerText.compare(lhs.integerText ?? "", rhs.integerText ?? "")
        case (.number, _), (_, .number), (.bigNumber, _), (_, .bigNumber):
            guard let a = lhs.approximateNumber, let b = rhs.approximateNumber, !a.isNaN, !b.isNaN else { return nil }
            return compare(a, b)
        case let (.date(a), .date(b)): return compare(a, b)
        case let (.yearMonth(ay, am), .yearMonth(by, bm)): return compare(ay * 12 + am, by * 12 + bm)
        case let (.time(a), .time(b)): return a.instant.order(b.instant)
        case let (.datetime(a), .datetime(b)): return a.instant.order(b.instant)
        case let (.duration(a), .duration(b)): return a.order(b)
        case let (.string(a), .string(b)): return compare(a, b)
        case let (.boolean(a), .boolean(b)): return compare(a ? 1 : 0, b ? 1 : 0)
        default: return nil
        }
    }

    static func compare<T: Comparable>(_ a: T, _ b: T) -> ValueOrder {
        a < b ? .less : a == b ? .equal : .greater
    }

    private var integerText: String? {
        switch self {
        case let .integer(number): return String(number)
        case let .bigInteger(text): return text
        default: return nil
        }
    }

    private var approximateNumber: Double? {
        switch self {
        case let .number(number): return number
        case let .integer(number): return Double(number)
        case let .bigInteger(text), let .bigNumber(text): return Double(text)
        default: return nil
        }
    }
}

extension Value: Comparable {
    /// A total order for sorting the values of one field; nulls first. Where the standard leaves two
    /// values unordered, they order by their parts (durations), or by kind and then text.
    public static func < (lhs: Value, rhs: Value) -> Bool {
        if let order = order(lhs, rhs) { return order == .less }
        switch (lhs, rhs) {
        case let (.duration(a), .duration(b)): return (a.months, a.nanoseconds) < (b.months, b.nanoseconds)
        case let (.time(a), .time(b)): return a.instant < b.instant
        case let (.datetime(a), .datetime(b)): return a.instant < b.instant
        case let (.number(a), .number(b)): return a.isNaN && !b.isNaN
        default:
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            return (lhs.text ?? "") < (rhs.text ?? "")
        }
    }

    private var rank: Int {
        switch self {
        case .null: return 0
        case .boolean: return 1
        case .integer, .bigInteger, .number, .bigNumber: return 2
        case .year, .yearMonth, .date, .time, .datetime, .duration: return 3
        case .string: return 4
        case .list, .json, .geopoint: return 5
        case .invalid: return 6
        }
    }
}

/// Integers beyond 64 bits, compared as their canonical decimal text.
enum BigIntegerText {
    /// `text` as canonical digits: an optional `-`, no `+`, no leading zeros; nil unless `[+-]?[0-9]+`.
    static func canonical(_ text: Substring) -> String? {
        var digits = text
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let significant = digits.drop { $0 == "0" }
        if significant.isEmpty { return "0" }
        return (negative ? "-" : "") + significant
    }

    static func compare(_ a: String, _ b: String) -> ValueOrder {
        let aNegative = a.hasPrefix("-"), bNegative = b.hasPrefix("-")
        if aNegative != bNegative { return aNegative ? .less : .greater }
        let aDigits = aNegative ? a.dropFirst() : Substring(a), bDigits = bNegative ? b.dropFirst() : Substring(b)
        let magnitude = aDigits.count != bDigits.count ? Value.compare(aDigits.count, bDigits.count)
            : Value.compare(aDigits, bDigits)
        guard aNegative else { return magnitude }
        return magnitude == .less ? .greater : magnitude == .greater ? .less : .equal
    }
}
