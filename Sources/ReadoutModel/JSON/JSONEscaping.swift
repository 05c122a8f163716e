/// The one JSON string escaper (RFC 8259), working on UTF-8 bytes so big exports need no String building.
///
/// Escapes quotes, backslashes and control characters, and U+2028 and U+2029, which JavaScript before
/// ES2019 reads as line ends; everything else stays raw UTF-8.
public enum JSONEscaping {
    /// Appends `text` as a quoted JSON string.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(quote)
        var text = text
        text.withUTF8 { appendEscaped($0, to: &output) }
        output.append(quote)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let lineSeparator = Array(#"\u2028"#.utf8)
    private static let paragraphSeparator = Array(#"\u2029"#.utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Copies the runs of bytes that need no escape in one go: most text has no escape at all.
        var runStart = 0
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x20 || byte == quote || byte == backslash {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                appendEscape(for: byte, to: &output)
                position += 1
            } else if byte == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80,
                      bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9 {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                output.append(contentsOf: bytes[position + 2] == 0xA8 ? lineSeparator : paragraphSeparator)
                position += 3
            } else {
                position += 1
                continue
            }
            runStart = position
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
    }

    /// A quote, a backslash or a control character (below U+0020).
    private static func appendEscape(for byte: UInt8, to output: inout [UInt8]) {
        output.append(backslash)
        switch byte {
        case quote, backslash: output.append(byte)
        case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        default:
            output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                       hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
        }
    }
}
