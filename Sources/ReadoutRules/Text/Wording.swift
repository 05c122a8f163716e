import ReadoutModel

/// Compares two wordings of one statement as Quotebank does: case, punctuation, curly or straight
/// quotes and whitespace do not count; words do.
public enum Wording {
    /// Lowercased words without surrounding punctuation; apostrophes inside words are kept ("china's").
    public static func words(_ text: String) -> [String] {
        // One pass over scalars: letters, digits, apostrophes and hyphens make words. ASCII, most of
        // the text, is classified and lowercased byte by byte; other scalars ask Unicode.
        let apostrophe = UInt8(ascii: "'"), hyphen = UInt8(ascii: "-")
        var words: [String] = []
        var current: [UInt8] = []
        var currentIsASCII = true
        func flush() {
            var end = current.count
            while end > 0, current[end - 1] == apostrophe || current[end - 1] == hyphen { end -= 1 }
            var start = 0
            while start < end, current[start] == apostrophe || current[start] == hyphen { start += 1 }
            if start < end {
                let word = String(decoding: current[start..<end], as: UTF8.self)
                words.append(currentIsASCII ? word : word.lowercased())
            }
            current.removeAll(keepingCapacity: true)
            currentIsASCII = true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), apostrophe, hyphen:
                    current.append(byte)
                default: flush()
                }
            } else if scalar == "’" || scalar == "‘" {
                current.append(apostrophe)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark {
                currentIsASCII = false
                UTF8.encode(scalar) { current.append($0) }
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether `part` occurs as a run of consecutive words in `whole` (equal wordings included).
    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard part.count <= whole.count else { return false }
        if part.isEmpty { return true }
        return (0...(whole.count - part.count)).contains { start in whole[start..<start + part.count].elementsEqual(part) }
    }

    /// Dice coefficient of the two word sets: 1 for the same words, 0 for none in common.
    static func similarity(_ lhs: [String], _ rhs: [String]) -> Double {
        let left = Set(lhs), right = Set(rhs)
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        return 2 * Double(left.intersection(right).count) / Double(left.count + right.count)
    }

    static let negations: Set<String> = [
        "not", "no", "never", "neither", "nor", "cannot", "can't", "won't", "don't", "doesn't", "didn't",
        "isn't", "aren't", "wasn't", "weren't", "wouldn't", "shouldn't",
    ]

    /// Whether one wording is negated where the other is not (an odd number of negations against an even one).
    static func reversesNegation(_ lhs: [String], _ rhs: [String]) -> Bool {
        isNegated(lhs) != isNegated(rhs)
    }

    /// Whether a wording holds an odd number of negations.
    static func isNegated(_ words: [String]) -> Bool {
        words.filter(negations.contains).count % 2 != 0
    }

    /// A word diff from `lhs` (the first side) to `rhs` (the second): `a [-firm-] {+clear+} line`.
    static func diff(_ lhs: [String], _ rhs: [String]) -> WordDiff {
        // Longest common subsequence over words; quotes are a sentence at most, so n·m stays small.
        let left = Array(lhs.prefix(400)), right = Array(rhs.prefix(400))
        var lengths = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in stride(from: left.count - 1, through: 0, by: -1) {
            for j in stride(from: right.count - 1, through: 0, by: -1) {
                lengths[i][j] = left[i] == right[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var parts: [WordDiff.Part] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            if !removed.isEmpty { parts.append(.only(.first, removed)) }
            if !added.isEmpty { parts.append(.only(.second, added)) }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < left.count || j < right.count {
            if i < left.count, j < right.count, left[i] == right[j] {
                flush()
                parts.append(.common(left[i]))
                i += 1
                j += 1
            } else if j < right.count, i == left.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(right[j])
                j += 1
            } else {
                removed.append(left[i])
                i += 1
            }
        }
        flush()
        return WordDiff(parts: parts)
    }
}
