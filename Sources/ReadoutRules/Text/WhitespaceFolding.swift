/// Folds every run of whitespace (spaces, tabs, line breaks) to one space and trims the ends,
/// so that evidence survives re-wrapping while every other character must match as written.
enum WhitespaceFolding {
    static func fold(_ text: String) -> String {
        String(decoding: foldedUTF8(text), as: UTF8.self)
    }

    /// The folded text as UTF-8 bytes, which is what the evidence search compares.
    static func foldedUTF8(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            var pendingSpace = false
            var position = 0
            while position < bytes.count {
                let spaceLength = whitespaceLength(bytes, at: position)
                if spaceLength > 0 {
                    pendingSpace = !folded.isEmpty
                    position += spaceLength
                    continue
                }
                if pendingSpace { folded.append(0x20) }
                pendingSpace = false
                folded.append(bytes[position])
                position += 1
            }
            return folded
        }
    }

    /// The length in bytes of the Unicode White_Space character at `position`, or 0: the ASCII
    /// spaces and line breaks, and U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F,
    /// U+205F and U+3000 in their UTF-8 forms.
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        let byte = bytes[position]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let remaining = bytes.count - position
        switch byte {
        case 0xC2 where remaining >= 2:
            return bytes[position + 1] == 0x85 || bytes[position + 1] == 0xA0 ? 2 : 0
        case 0xE1 where remaining >= 3:
            return bytes[position + 1] == 0x9A && bytes[position + 2] == 0x80 ? 3 : 0
        case 0xE2 where remaining >= 3:
            let second = bytes[position + 1], third = bytes[position + 2]
            if second == 0x80 { return (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where remaining >= 3:
            return bytes[position + 1] == 0x80 && bytes[position + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
