/// The sentences of an article, so that records whose evidence spans fall in one sentence (the
/// fragments of one quote) can be told apart from records of different sentences.
struct ArticleSentences {
    private let index: ArticleIndex
    /// Folded offsets where a sentence starts, in increasing order (0 first).
    private let starts: [Int]

    init(text: String) {
        index = ArticleIndex(folded: WhitespaceFolding.foldedUTF8(text))
        starts = ArticleSentences.sentenceStarts(index.bytes)
    }

    /// The number of the sentence where `span` first occurs; nil when it does not occur.
    func sentence(of span: String) -> Int? {
        guard let start = index.occurrences(of: WhitespaceFolding.foldedUTF8(span)).first else { return nil }
        // The last sentence start at or before the span's start.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= start { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Titles that end in a period without ending a sentence.
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "sen", "rep", "gen", "st", "no", "vs", "jr"]

    /// A sentence ends at `.`, `?` or `!`, with any closing quotes or brackets, before a space; not after
    /// an initial ("U.S.", "D.C.") or a title ("Mr.").
    private static func sentenceStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        let closers: Set<UInt8> = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]")]
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") else {
                position += 1
                continue
            }
            var end = position + 1
            while end < bytes.count {
                if closers.contains(bytes[end]) {
                    end += 1
                } else if end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, [0x9D, 0x99].contains(bytes[end + 2]) {
                    end += 3 // ” or ’
                } else {
                    break
                }
            }
            if end < bytes.count, bytes[end] == 0x20, byte != UInt8(ascii: ".") || !isAbbreviation(bytes, endingAt: position) {
                starts.append(end + 1)
            }
            position = end
        }
        return starts
    }

    /// Whether the word before the period at `period` is an initial or a known title.
    private static func isAbbreviation(_ bytes: [UInt8], endingAt period: Int) -> Bool {
        var start = period
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        let word = String(decoding: bytes[start..<period], as: UTF8.self)
        let letters = word.filter(\.isLetter)
        // "U.S", "D.C": letters separated by periods; a single capital ("J.") is an initial.
        if word.contains("."), letters.count <= 3 { return true }
        if letters.count == 1, letters.first?.isUppercase == true { return true }
        return abbreviations.contains(word.lowercased())
    }
}
