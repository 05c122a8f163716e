/// Folds every run of whitespace (spaces, tabs, line breaks) to one space and trims the ends,
/// so that evidence survives re-wrapping while every other character must match as written.
enum WhitespaceFolding {
    static func fold(_ text: String) -> String {
        String(decoding: foldedUTF8(text), as: UTF8.self)
    }

    /// The folded text as UTF-8 bytes, which is what the evidence search compares.
    static func foldedUTF8(_ text: String) -> [UInt8] {
        // Scalars, not characters: grapheme breaking is the slow part of walking a String.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(0x20) }
            pendingSpace = false
            if scalar.isASCII {
                folded.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { folded.append($0) }
            }
        }
        return folded
    }

    /// Start offsets of every occurrence of `needle` in `haystack` (UTF-8 bytes), overlaps included.
    /// Boyer-Moore-Horspool over raw buffers, its shift table on the stack: evidence spans are long
    /// enough that skipping pays, and the search runs once per record.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        let length = needle.count
        guard length > 0, length <= haystack.count else { return [] }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { shift in
            shift.initialize(repeating: length)
            return needle.withUnsafeBufferPointer { pattern in
                haystack.withUnsafeBufferPointer { text in
                    for index in 0..<length - 1 { shift[Int(pattern[index])] = length - 1 - index }
                    var starts: [Int] = []
                    var position = 0
                    while position + length <= text.count {
                        var matched = length - 1
                        while matched >= 0, text[position + matched] == pattern[matched] { matched -= 1 }
                        if matched < 0 {
                            starts.append(position)
                            position += 1
                        } else {
                            position += shift[Int(text[position + length - 1])]
                        }
                    }
                    return starts
                }
            }
        }
    }
}
