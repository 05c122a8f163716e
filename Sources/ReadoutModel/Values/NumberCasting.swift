/// Table Schema `number` and `integer` (datapackage.org Table Schema, "number", "integer").
enum NumberCasting {
    /// A number: XML Schema decimal with an optional exponent (`E`, sign, digits), or NaN, INF, -INF
    /// in any case. No hexadecimal, no underscores, no surrounding spaces unless `bareNumber` is false.
    static func number(_ raw: String, field: Field) -> Value? {
        guard let text = normalized(raw, field: field, decimal: true) else { return nil }
        switch text.uppercased() {
        case "NAN": return .number(.nan)
        case "INF": return .number(.infinity)
        case "-INF": return .number(-.infinity)
        default: break
        }
        guard isDecimal(text[...]), let number = Double(text) else { return nil }
        // Beyond a Double's range the text itself is the value: INF or 0 would change it.
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        if !number.isFinite || (number == 0 && mantissa.contains { ("1"..."9").contains($0) }) { return .bigNumber(text) }
        return .number(number)
    }

    /// An integer of any size: `[+-]?[0-9]+` after removing `groupChar`; beyond 64 bits it stays exact text.
    static func integer(_ raw: String, field: Field) -> Value? {
        // The usual cell: a bare 64-bit integer (Int parses exactly `[+-]?[0-9]+`).
        if field.bareNumber, field.groupChar == nil, let number = Int(raw) { return .integer(number) }
        guard let text = normalized(raw, field: field, decimal: false),
              let canonical = BigIntegerText.canonical(text[...]) else { return nil }
        return Int(canonical).map(Value.integer) ?? .bigInteger(canonical)
    }

    /// The text with `groupChar` removed and `decimalChar` turned into `.`, and, when `bareNumber` is
    /// false, what surrounds the number stripped; nil when a `.` stands where it is not the decimal mark.
    private static func normalized(_ raw: String, field: Field, decimal: Bool) -> String? {
        if field.bareNumber, field.groupChar == nil, !decimal || field.decimalChar == "." { return raw }
        var text = field.bareNumber ? raw[...] : strippingSurroundings(raw, decimalChar: decimal ? field.decimalChar : nil)
        if field.groupChar == nil, !decimal || field.decimalChar == "." { return String(text) }
        var result = ""
        while !text.isEmpty {
            if let group = field.groupChar, !group.isEmpty, text.hasPrefix(group) {
                text = text.dropFirst(group.count)
            } else if decimal, field.decimalChar != ".", text.hasPrefix(field.decimalChar) {
                result.append(".")
                text = text.dropFirst(field.decimalChar.count)
            } else if decimal, field.decimalChar != ".", text.first == "." {
                return nil
            } else {
                result.append(text.removeFirst())
            }
        }
        return result
    }

    /// `€95` → `95`, `95%` → `95`, `EUR -95` → `-95`: from the first sign or digit (or decimal mark before
    /// a digit) to the last digit. The special values have no digits and so stay as they are.
    private static func strippingSurroundings(_ raw: String, decimalChar: String?) -> Substring {
        let characters = Array(raw)
        func isDigit(_ index: Int) -> Bool { characters.indices.contains(index) && characters[index].isASCII && characters[index].isNumber }
        guard let last = characters.lastIndex(where: { $0.isASCII && $0.isNumber }) else { return raw[...] }
        var first = characters.firstIndex { $0.isASCII && $0.isNumber } ?? last
        let mark = decimalChar.flatMap { $0.count == 1 ? $0.first : nil }
        if first > 0, let mark, characters[first - 1] == mark { first -= 1 }
        if first > 0, characters[first - 1] == "-" || characters[first - 1] == "+" { first -= 1 }
        // An exponent after the last digit's run is part of the number already (1e5 ends in a digit).
        return Substring(String(characters[first...last]))
    }

    /// `[+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?`, ASCII only.
    static func isDecimal(_ text: Substring) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { isDigit($0) }
        bytes = bytes.dropFirst(whole.count)
        var fraction = bytes.prefix(0)
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix { isDigit($0) }
            bytes = bytes.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if let mark = bytes.first, mark == UInt8(ascii: "e") || mark == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix { isDigit($0) }
            guard !exponent.isEmpty else { return false }
            bytes = bytes.dropFirst(exponent.count)
        }
        return bytes.isEmpty
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
