import Temporal

/// Casts the text a reader found to a field's type (Table Schema "physical" to "logical").
public struct FieldCaster: Sendable {
    public let field: Field
    public let missingValues: [String]

    public init(field: Field, missingValues: [String]) {
        self.field = field
        self.missingValues = missingValues
    }

    /// Text in `missingValues` becomes null; text that does not cast becomes `.invalid`.
    public func cast(_ raw: String) -> Value {
        if missingValues.contains(raw) { return .null }
        return castPresent(raw) ?? .invalid(raw)
    }

    private func castPresent(_ raw: String) -> Value? {
        switch field.type {
        case .string:
            let trimmed = raw.trimmingWhitespace()
            return missingValues.contains(trimmed) ? .null : .string(trimmed)
        case .integer:
            return Int(raw).map(Value.integer)
        case .number:
            guard let number = Double(raw), number.isFinite, !raw.contains("_") else { return nil }
            return .number(number)
        case .boolean:
            if field.trueValues.contains(raw) { return .boolean(true) }
            if field.falseValues.contains(raw) { return .boolean(false) }
            return nil
        case .date:
            return CalendarDate(iso: raw).map(Value.date)
        case .datetime:
            return FieldCaster.canonicalDatetime(raw).map(Value.datetime)
        case .year:
            guard raw.count == 4, let year = Int(raw) else { return nil }
            return .year(year)
        case .yearmonth:
            guard raw.count == 7, CalendarDate(iso: raw + "-01") != nil,
                  let year = Int(raw.prefix(4)), let month = Int(raw.suffix(2)) else { return nil }
            return .yearMonth(year: year, month: month)
        default:
            // Refused by the schema parser until their casts land.
            return nil
        }
    }

    /// Accepts `YYYY-MM-DDThh:mm:ss` with optional fraction and `Z` or `±hh:mm`.
    static func canonicalDatetime(_ raw: String) -> String? {
        let text = raw.uppercased()
        guard text.count >= 19 else { return nil }
        let datePart = text.prefix(10)
        let separator = text.dropFirst(10).prefix(1)
        let timePart = text.dropFirst(11).prefix(8)
        var rest = text.dropFirst(19)
        guard CalendarDate(iso: datePart) != nil, separator == "T" else { return nil }
        let clock = timePart.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              hour < 24, minute < 60, second < 61 else { return nil }
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { return nil }
            rest = rest.dropFirst(1 + digits.count)
        }
        if rest.isEmpty || rest == "Z" { return text }
        let zone = rest.dropFirst()
        guard rest.first == "+" || rest.first == "-", zone.count == 5, zone.dropFirst(2).first == ":",
              let zoneHour = Int(zone.prefix(2)), let zoneMinute = Int(zone.suffix(2)),
              zoneHour < 24, zoneMinute < 60 else { return nil }
        return text
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and line breaks at both ends.
    public func trimmingWhitespace() -> String {
        // Most text starts and ends with a visible ASCII character: nothing to trim, no grapheme walk.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
