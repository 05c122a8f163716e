/// Folds every run of whitespace (spaces, tabs, line breaks) to one space and trims the ends,
/// so that evidence survives re-wrapping while every other character must match as written.
enum WhitespaceFolding {
    static func fold(_ text: String) -> String {
        // Scalars, not characters: grapheme breaking is the slow part of walking a String.
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !folded.isEmpty
            } else {
                if pendingSpace { folded.append(" ") }
                pendingSpace = false
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// Start offsets of every occurrence of `needle` in `haystack` (UTF-8 bytes), overlaps included.
    /// Boyer-Moore-Horspool: evidence spans are long enough that skipping pays.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        let length = needle.count
        guard length > 0, length <= haystack.count else { return [] }
        var shift = [Int](repeating: length, count: 256)
        for (index, byte) in needle.dropLast().enumerated() { shift[Int(byte)] = length - 1 - index }
        var starts: [Int] = []
        var position = 0
        while position + length <= haystack.count {
            var matched = length - 1
            while matched >= 0, haystack[position + matched] == needle[matched] { matched -= 1 }
            if matched < 0 {
                starts.append(position)
                position += 1
            } else {
                position += shift[Int(haystack[position + length - 1])]
            }
        }
        return starts
    }
}
