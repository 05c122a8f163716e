/// The formats of Table Schema's `string` type: `email`, `uri`, `binary`, `uuid`. The text is kept as
/// written; a format only decides whether it is valid.
enum StringFormats {
    static func isValid(_ text: String, format: String) -> Bool {
        switch format {
        case "email": return isEmail(text)
        case "uri": return isURI(text)
        case "binary": return isBase64(text)
        case "uuid": return isUUID(text)
        default: return false
        }
    }

    /// WHATWG's "valid e-mail address" (local part of atext and dots, a host of LDH labels), with a
    /// dot in the host as frictionless requires.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
              parts[0].unicodeScalars.allSatisfy({ $0.isASCII && (isAlphanumeric($0) || "!#$%&'*+/=?^_`{|}~.-".unicodeScalars.contains($0)) })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.isASCII && (isAlphanumeric($0) || $0 == "-") }
        }
    }

    /// RFC 3986 URI: a scheme, `:`, then only URI characters (unreserved, reserved, `%` and two hex digits).
    static func isURI(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]),
              scalars[1..<colon].allSatisfy({ isAlphanumeric($0) || $0 == "+" || $0 == "-" || $0 == "." }) else { return false }
        var index = colon + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.count, isHex(scalars[index + 1]), isHex(scalars[index + 2]) else { return false }
                index += 3
                continue
            }
            guard isAlphanumeric(scalar) || "-._~:/?#[]@!$&'()*+,;=".unicodeScalars.contains(scalar) else { return false }
            index += 1
        }
        return true
    }

    /// RFC 4648 base64: the standard alphabet in groups of four, `=` padding only at the end.
    static func isBase64(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count % 4 == 0 else { return false }
        let padding = bytes.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { return false }
        return bytes.dropLast(padding).allSatisfy { byte in
            isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
        }
    }

    /// RFC 9562's text form: 8-4-4-4-12 hexadecimal digits, either case.
    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.utf8.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.unicodeScalars.allSatisfy(isHex) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isHex(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
