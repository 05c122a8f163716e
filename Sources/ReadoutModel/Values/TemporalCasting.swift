import Temporal

/// Table Schema's date, time, datetime, year, yearmonth and duration (datapackage.org Table Schema,
/// "datetime", "date", "time", "year", "yearmonth", "duration"; XML Schema Part 2 for the default forms).
enum TemporalCasting {
    enum Kind {
        case date, time, datetime
    }

    /// The `default` and `any` formats; a pattern format is compiled once, by the field's caster.
    static func cast(_ raw: String, kind: Kind, format: String?) -> Value? {
        switch format ?? "default" {
        case "default": return byDefault(raw, kind: kind)
        case "any": return byDefault(raw, kind: kind) ?? anyForm(raw, kind: kind)
        default: return nil
        }
    }

    /// `yyyy-mm-dd`, `hh:mm:ss[.s+][zone]`, or both joined by `T`, as XML Schema writes them (four-digit
    /// years, upper-case `T` and `Z`, offsets within ±14:00, `24:00:00` as the end of the day).
    static func byDefault(_ raw: String, kind: Kind) -> Value? {
        switch kind {
        case .date:
            return CalendarDate(iso: raw).map(Value.date)
        case .time:
            guard let clock = clock(raw[...]) else { return nil }
            return .time(TimeValue(text: raw, instant: Instant(seconds: clock.seconds, fraction: clock.fraction, zoned: clock.zoned)))
        case .datetime:
            let text = raw[...]
            guard text.count > 11, text.dropFirst(10).first == "T", let date = CalendarDate(iso: text.prefix(10)),
                  let clock = clock(text.dropFirst(11)) else { return nil }
            return .datetime(DateTimeValue(text: raw, instant: Instant(
                seconds: date.dayNumber * 86400 + clock.seconds, fraction: clock.fraction, zoned: clock.zoned)))
        }
    }

    /// `hh:mm:ss`, an optional fraction, an optional `Z` or `±hh:mm`: seconds since midnight in UTC.
    private static func clock(_ text: Substring) -> (seconds: Int, fraction: Substring, zoned: Bool)? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":"),
              let hour = twoDigits(bytes, 0), let minute = twoDigits(bytes, 3), let second = twoDigits(bytes, 6),
              minute < 60, second < 60 else { return nil }
        var rest = text.dropFirst(8)
        var fraction: Substring = ""
        if rest.first == "." {
            fraction = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return nil }
            rest = rest.dropFirst(1 + fraction.count)
        }
        let endOfDay = hour == 24 && minute == 0 && second == 0 && fraction.allSatisfy { $0 == "0" }
        guard hour < 24 || endOfDay else { return nil }
        var offset = 0
        if !rest.isEmpty {
            guard let (seconds, length) = TemporalCasting.offset(rest, colonOptional: false), length == rest.count else { return nil }
            offset = seconds
        }
        return (hour * 3600 + minute * 60 + second - offset, endOfDay ? "" : fraction, !rest.isEmpty)
    }

    /// `Z` or `±hh:mm` (with `colonOptional`, also `±hhmm`) within ±14:00: the offset east of UTC in
    /// seconds and the characters read.
    static func offset(_ text: Substring, colonOptional: Bool) -> (Int, Int)? {
        if text.first == "Z" { return (0, 1) }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let bytes = Array(text.utf8.dropFirst().prefix(5))
        let hasColon = bytes.count == 5 && bytes[2] == UInt8(ascii: ":")
        guard hasColon || (colonOptional && bytes.count >= 4), let hours = twoDigits(bytes, 0),
              let minutes = twoDigits(bytes, hasColon ? 3 : 2), minutes < 60, hours * 60 + minutes <= 14 * 60 else { return nil }
        return ((sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60), hasColon ? 6 : 5)
    }

    private static func twoDigits(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at + 1 < bytes.count, NumberCasting.isDigit(bytes[at]), NumberCasting.isDigit(bytes[at + 1]) else { return nil }
        return Int(bytes[at] - UInt8(ascii: "0")) * 10 + Int(bytes[at + 1] - UInt8(ascii: "0"))
    }

    static func value(_ raw: String, _ pattern: StrptimePattern, kind: Kind) -> Value? {
        guard let parts = pattern.parse(raw) else { return nil }
        switch kind {
        case .date:
            return parts.date.map(Value.date)
        case .time:
            guard let second = parts.secondOfDay else { return nil }
            return .time(TimeValue(text: raw, instant: Instant(
                seconds: second - (parts.offsetSeconds ?? 0), fraction: parts.fraction, zoned: parts.offsetSeconds != nil)))
        case .datetime:
            guard let date = parts.date, let second = parts.secondOfDay else { return nil }
            return .datetime(DateTimeValue(text: raw, instant: Instant(
                seconds: date.dayNumber * 86400 + second - (parts.offsetSeconds ?? 0), fraction: parts.fraction,
                zoned: parts.offsetSeconds != nil)))
        }
    }

    /// Format `any`: the default form, then these common forms, in order (month before day where both
    /// could be either, as dateutil reads them).
    private static func anyForm(_ raw: String, kind: Kind) -> Value? {
        let forms: [StrptimePattern]
        switch kind {
        case .date: forms = anyDates
        case .time: forms = anyTimes
        case .datetime: forms = anyDatetimes
        }
        for form in forms {
            if let value = value(raw, form, kind: kind) { return value }
        }
        return nil
    }

    /// readout's own `any` forms, constants: one that did not compile would drop out of `any`, which the
    /// `any` cases of CastConformanceTests would show.
    private static func patterns(_ texts: [String]) -> [StrptimePattern] {
        texts.compactMap { try? StrptimePattern($0) }
    }

    static let anyDatePatterns = [
        "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y",
        "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%a, %d %b %Y", "%A, %d %B %Y",
    ]
    static let anyTimePatterns = ["%H:%M:%S.%f", "%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p", "%I %p", "%H:%M:%S%z", "%H:%M%z"]
    private static let anyDates = patterns(anyDatePatterns)
    private static let anyTimes = patterns(anyTimePatterns)
    private static let anyDatetimes = patterns(
        ["%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z", "%Y-%m-%dT%H:%M"]
            + anyDatePatterns.flatMap { date in anyTimePatterns.map { date + " " + $0 } } + anyDatePatterns)

    /// `YYYY` (XML Schema gYear with four digits: no sign, no time zone).
    static func year(_ raw: String) -> Value? {
        guard raw.utf8.count == 4, raw.utf8.allSatisfy(NumberCasting.isDigit), let year = Int(raw) else { return nil }
        return .year(year)
    }

    /// `YYYY-MM` with a month from 01 to 12.
    static func yearMonth(_ raw: String) -> Value? {
        let bytes = Array(raw.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = year(String(raw.prefix(4)))?.integerOrYear,
              let month = twoDigits(bytes, 5), (1...12).contains(month) else { return nil }
        return .yearMonth(year: year, month: month)
    }

    /// XML Schema duration `-?PnYnMnDTnHnMnS`: at least one part, `T` only before a time part, a
    /// fraction only on the seconds.
    static func duration(_ raw: String) -> Value? {
        var rest = raw[...]
        let negative = rest.first == "-"
        if negative { rest = rest.dropFirst() }
        guard rest.popFirst() == "P", !rest.isEmpty else { return nil }
        var months = 0, seconds = 0, nanoseconds = 0
        var inTime = false, sawPart = false, sawTimePart = false
        var dateDesignators: [Character] = ["Y", "M", "D"], timeDesignators: [Character] = ["H", "M", "S"]
        while !rest.isEmpty {
            if rest.first == "T" {
                guard !inTime else { return nil }
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 12, let amount = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            var fraction: Substring = ""
            if rest.first == "." {
                fraction = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                guard !fraction.isEmpty else { return nil }
                rest = rest.dropFirst(1 + fraction.count)
            }
            guard let designator = rest.popFirst() else { return nil }
            // Each designator once and in order: drop it and those before it.
            var allowed = inTime ? timeDesignators : dateDesignators
            guard let position = allowed.firstIndex(of: designator) else { return nil }
            allowed.removeFirst(position + 1)
            if inTime { timeDesignators = allowed } else { dateDesignators = allowed }
            guard fraction.isEmpty || (inTime && designator == "S") else { return nil }
            switch (inTime, designator) {
            case (false, "Y"): months += amount * 12
            case (false, "M"): months += amount
            case (false, "D"): seconds += amount * 86400
            case (true, "H"): seconds += amount * 3600
            case (true, "M"): seconds += amount * 60
            default:
                seconds += amount
                nanoseconds = Int(fraction.prefix(9).padding(toLength: 9)) ?? 0
            }
            sawPart = true
            sawTimePart = sawTimePart || inTime
        }
        guard sawPart, !inTime || sawTimePart else { return nil }
        let (total, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        let sign = negative ? -1 : 1
        return .duration(DurationValue(text: raw, months: sign * months, nanoseconds: sign * (total + nanoseconds)))
    }
}

extension Substring {
    fileprivate func padding(toLength length: Int) -> String {
        String(self) + String(repeating: "0", count: Swift.max(0, length - count))
    }
}

extension Value {
    fileprivate var integerOrYear: Int? {
        if case let .year(year) = self { return year }
        return nil
    }
}
