/// The passage of an article closest to an evidence span that does not occur in it, so that a span
/// "corrected" or mistyped by the extractor is shown next to what the article says.
struct NearestPassage: Sendable, Equatable {
    /// The article's words, as written (whitespace folded).
    let text: String
    /// A word diff from the span to the passage: `[-argued-] {+said+}`.
    let diff: String
    /// Words the span and the passage share (in order), and the span's word count.
    let shared: Int
    let spanWords: Int

    /// The best passage, or nil when no passage shares at least half of the span's words.
    ///
    /// A window of as many words as the span slides over the article, counting the span's words it
    /// holds (one update per step, so the search is linear in the article); the few best windows
    /// are then shifted, widened or narrowed by a word and ranked by their longest common subsequence
    /// with the span, which is what the diff shows.
    static func find(_ span: [UInt8], in article: [UInt8]) -> NearestPassage? {
        let spanTokens = tokens(span)
        let spanWords = spanTokens.map(\.key)
        let articleTokens = tokens(article)
        let length = spanWords.count
        guard length > 0, !articleTokens.isEmpty else { return nil }
        var wanted: [String: Int] = [:]
        for word in spanWords where !word.isEmpty { wanted[word, default: 0] += 1 }
        var held: [String: Int] = [:]
        var overlap = 0
        var starts: [(start: Int, overlap: Int)] = []
        for (position, token) in articleTokens.enumerated() {
            if let want = wanted[token.key] {
                if held[token.key, default: 0] < want { overlap += 1 }
                held[token.key, default: 0] += 1
            }
            let leaving = position - length
            if leaving >= 0, let want = wanted[articleTokens[leaving].key] {
                let key = articleTokens[leaving].key
                held[key, default: 0] -= 1
                if held[key, default: 0] < want { overlap -= 1 }
            }
            if position >= length - 1 || position == articleTokens.count - 1 {
                starts.append((max(position - length + 1, 0), overlap))
            }
        }
        let best = starts.map(\.overlap).max() ?? 0
        guard best * 2 >= spanWords.filter({ !$0.isEmpty }).count, best > 0 else { return nil }
        var candidates: [(common: Int, changes: Int, edges: Int, lengthChange: Int, start: Int, end: Int)] = []
        for (start, count) in starts where count == best {
            for from in [start - 1, start, start + 1] where from >= 0 && from < articleTokens.count {
                for to in [from + length - 1, from + length, from + length - 2]
                where to >= from && to < articleTokens.count {
                    let common = commonSubsequence(spanWords, articleTokens[from...to].map(\.key))
                    let edges = (articleTokens[from].key == spanWords[0] ? 1 : 0)
                        + (articleTokens[to].key == spanWords[length - 1] ? 1 : 0)
                    let passageLength = to - from + 1
                    candidates.append((common, max(length, passageLength) - common, edges,
                                       abs(passageLength - length), from, to))
                }
            }
        }
        // The most words in common, in order; then the fewest words changed (a replaced word is one
        // change); then the passage that begins and ends as the span does; then the one nearest the
        // span's length (a changed word shows as replaced, not dropped); then the earliest.
        let ranked = candidates.sorted {
            ($1.common, $0.changes, $1.edges, $0.lengthChange, $0.start, $0.end)
                < ($0.common, $1.changes, $0.edges, $1.lengthChange, $1.start, $1.end)
        }
        guard let chosen = ranked.first, let first = articleTokens[chosen.start...chosen.end].first,
              let last = articleTokens[chosen.start...chosen.end].last else { return nil }
        let passage = articleTokens[chosen.start...chosen.end]
        let text = String(decoding: article[first.range.lowerBound..<last.range.upperBound], as: UTF8.self)
        let passageWords = Wording.words(text)
        let spanText = Wording.words(String(decoding: span, as: UTF8.self))
        return NearestPassage(text: text, diff: Wording.diff(spanText, passageWords),
                              shared: commonSubsequence(spanWords, passage.map(\.key)), spanWords: length)
    }

    /// Space-separated tokens of folded text, each with its normalized words (case and surrounding
    /// punctuation do not count, as in the conflict rules) and its byte range.
    private static func tokens(_ folded: [UInt8]) -> [(key: String, range: Range<Int>)] {
        var result: [(key: String, range: Range<Int>)] = []
        var start = 0
        for position in 0...folded.count where position == folded.count || folded[position] == 0x20 {
            if position > start {
                let words = Wording.words(String(decoding: folded[start..<position], as: UTF8.self))
                result.append((words.joined(separator: " "), start..<position))
            }
            start = position + 1
        }
        return result
    }

    /// The length of the longest common subsequence of two short word lists.
    private static func commonSubsequence(_ lhs: [String], _ rhs: [String]) -> Int {
        var previous = [Int](repeating: 0, count: rhs.count + 1)
        for left in lhs {
            var current = [Int](repeating: 0, count: rhs.count + 1)
            for (j, right) in rhs.enumerated() {
                current[j + 1] = left == right ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
