/// Folds every run of whitespace (spaces, tabs, line breaks) to one space and trims the ends,
/// so that evidence survives re-wrapping while every other character must match as written.
enum WhitespaceFolding {
    static func fold(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !folded.isEmpty
            } else {
                if pendingSpace { folded.append(" ") }
                pendingSpace = false
                folded.append(character)
            }
        }
        return folded
    }

    /// Start offsets (in UTF-8 bytes) of every occurrence of `needle` in `haystack`, overlaps included.
    static func occurrences(of needle: String, in haystack: String) -> [Int] {
        let text = Array(haystack.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        var starts: [Int] = []
        var position = 0
        while position + pattern.count <= text.count {
            if text[position] == pattern[0], text[position..<position + pattern.count].elementsEqual(pattern) {
                starts.append(position)
            }
            position += 1
        }
        return starts
    }
}
