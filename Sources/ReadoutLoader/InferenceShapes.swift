import Temporal

/// The lexical shapes inference recognizes, in the standard's default forms (Table Schema, "Field Types").
enum Shape {
    private static func digits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Optional sign, then digits; a leading zero (`007`) is a code, kept as a string.
    static func isInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return digits(body) && (body.count == 1 || body.first != "0")
    }

    static func isNumber(_ text: String) -> Bool {
        if ["NaN", "INF", "-INF"].contains(text) { return false }
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false) }
        guard let mantissa = parts.first, parts.count <= 2 else { return false }
        if parts.count == 2 {
            var exponent = parts[1]
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            guard digits(exponent) else { return false }
        }
        let halves = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        let whole = halves[0], fraction = halves.count == 2 ? halves[1] : Substring("")
        // XML Schema decimal: `1.`, `.5` and `1.5` are all numbers; `007.5`, like `007`, is a code.
        guard digits(whole) || (whole.isEmpty && !fraction.isEmpty), whole.count < 2 || whole.first != "0" else { return false }
        return fraction.isEmpty || digits(fraction)
    }

    static func isYearMonth(_ text: String) -> Bool {
        text.utf8.count == 7 && CalendarDate(iso: text + "-01") != nil
    }

    static func slashedDate(_ text: String, dayFirst: Bool) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4 else { return false }
        let (day, month) = dayFirst ? (parts[0], parts[1]) : (parts[1], parts[0])
        return CalendarDate(iso: "\(parts[2])-\(month)-\(day)") != nil
    }

    /// `hh:mm:ss` with an optional fraction; no leap second.
    static func isTime(_ text: String) -> Bool {
        var clock = Substring(text)
        if let dot = clock.firstIndex(of: ".") {
            guard digits(clock[clock.index(after: dot)...]) else { return false }
            clock = clock[..<dot]
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 && digits($0) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2]) else { return false }
        return hour < 24 && minute < 60 && second < 60
    }

    /// `YYYY-MM-DDThh:mm:ss`, optional fraction, optional `Z` or `±hh:mm`.
    static func isDatetime(_ text: String) -> Bool {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 10, CalendarDate(iso: String(parts[0])) != nil else { return false }
        var clock = parts[1]
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
        } else if clock.count > 6, let sign = clock.dropLast(5).last, sign == "+" || sign == "-" {
            let zone = clock.suffix(5)
            guard zone.dropFirst(2).first == ":", digits(zone.prefix(2)), digits(zone.suffix(2)),
                  let hours = Int(zone.prefix(2)), let minutes = Int(zone.suffix(2)), hours < 24, minutes < 60 else { return false }
            clock = clock.dropLast(6)
        }
        return isTime(String(clock))
    }

    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// One `@` between a local part and a dotted domain, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// An absolute URI with an authority (`scheme://...`), no spaces.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), !text.contains(where: \.isWhitespace) else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return false }
        let rest = text[text.index(after: colon)...]
        return rest.hasPrefix("//") && rest.count > 2
    }
}
