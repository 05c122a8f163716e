import ReadoutModel

/// The passage of an article closest to an evidence span that does not occur in it, so that a span
/// "corrected" or mistyped by the extractor is shown next to what the article says.
struct NearestPassage: Sendable, Equatable {
    /// The article's words, as written (whitespace folded).
    let text: String
    /// A word diff from the span to the passage: `[-argued-] {+said+}`.
    let diff: WordDiff
    /// Words the span and the passage share (in order), and the span's word count.
    let shared: Int
    let spanWords: Int

    /// An article's space-separated tokens, each as a word id (case and surrounding punctuation do
    /// not count, as in the conflict rules) with its byte range: built once for all of an article's
    /// spans that are not found, so each search compares integers.
    struct Article {
        let bytes: [UInt8]
        let ranges: [Range<Int>]
        let ids: [Int]
        let vocabulary: [String: Int]

        init(folded bytes: [UInt8]) {
            self.bytes = bytes
            var ranges: [Range<Int>] = [], ids: [Int] = [], vocabulary: [String: Int] = [:]
            for range in NearestPassage.tokenRanges(bytes) {
                let key = NearestPassage.key(bytes[range])
                let id = vocabulary[key] ?? vocabulary.count
                vocabulary[key] = id
                ranges.append(range)
                ids.append(id)
            }
            self.ranges = ranges
            self.ids = ids
            self.vocabulary = vocabulary
        }
    }

    /// The best passage, or nil when no passage shares at least half of the span's words.
    ///
    /// A window of as many tokens as the span slides over the article, counting the span's words it
    /// holds (one update per step, so the search is linear in the article); the best windows are then
    /// shifted, widened or narrowed by a word and ranked by their longest common subsequence with the
    /// span, which is what the diff shows.
    static func find(_ span: [UInt8], in article: Article) -> NearestPassage? {
        let spanKeys = tokenRanges(span).map { key(span[$0]) }
        // A word the article lacks gets an id no article token has.
        let spanIDs = spanKeys.map { article.vocabulary[$0] ?? -1 }
        let length = spanIDs.count, tokens = article.ids
        let meaningful = spanKeys.count { !$0.isEmpty }
        guard length > 0, meaningful > 0, !tokens.isEmpty else { return nil }
        var wanted = [Int](repeating: 0, count: article.vocabulary.count)
        for id in spanIDs where id >= 0 { wanted[id] += 1 }
        var held = [Int](repeating: 0, count: article.vocabulary.count)
        var overlap = 0, best = 0
        var bestStarts: [Int] = []
        for (position, id) in tokens.enumerated() {
            if wanted[id] > 0 {
                if held[id] < wanted[id] { overlap += 1 }
                held[id] += 1
            }
            let leaving = position - length
            if leaving >= 0, wanted[tokens[leaving]] > 0 {
                held[tokens[leaving]] -= 1
                if held[tokens[leaving]] < wanted[tokens[leaving]] { overlap -= 1 }
            }
            guard position >= length - 1 || position == tokens.count - 1 else { continue }
            let start = max(position - length + 1, 0)
            if overlap > best {
                best = overlap
                bestStarts = [start]
            } else if overlap == best, bestStarts.count < maximumTies {
                bestStarts.append(start)
            }
        }
        guard best > 0, best * 2 >= meaningful else { return nil }
        var candidates: [(common: Int, changes: Int, edges: Int, lengthChange: Int, start: Int, end: Int)] = []
        for start in bestStarts {
            for from in [start - 1, start, start + 1] where from >= 0 && from < tokens.count {
                for to in [from + length - 1, from + length, from + length - 2] where to >= from && to < tokens.count {
                    let passageLength = to - from + 1
                    let common = commonSubsequence(spanIDs, tokens[from...to])
                    let edges = (tokens[from] == spanIDs[0] ? 1 : 0) + (tokens[to] == spanIDs[length - 1] ? 1 : 0)
                    candidates.append((common, max(length, passageLength) - common, edges, abs(passageLength - length), from, to))
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
        guard let chosen = ranked.first else { return nil }
        let bytes = article.bytes[article.ranges[chosen.start].lowerBound..<article.ranges[chosen.end].upperBound]
        let text = String(decoding: bytes, as: UTF8.self)
        return NearestPassage(text: text, diff: Wording.diff(Wording.words(String(decoding: span, as: UTF8.self)), Wording.words(text)),
                              shared: chosen.common, spanWords: length)
    }

    /// Windows as good as the best one beyond this many are not refined (a span of common words
    /// could otherwise tie with every sentence of a long article).
    static let maximumTies = 32

    /// The byte ranges of folded text's space-separated tokens.
    private static func tokenRanges(_ folded: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for position in 0...folded.count where position == folded.count || folded[position] == 0x20 {
            if position > start { ranges.append(start..<position) }
            start = position + 1
        }
        return ranges
    }

    private static func key(_ token: ArraySlice<UInt8>) -> String {
        Wording.words(String(decoding: token, as: UTF8.self)).joined(separator: " ")
    }

    /// The length of the longest common subsequence of two short token lists.
    private static func commonSubsequence(_ lhs: [Int], _ rhs: ArraySlice<Int>) -> Int {
        var previous = [Int](repeating: 0, count: rhs.count + 1)
        var current = previous
        for left in lhs {
            for (j, right) in rhs.enumerated() {
                current[j + 1] = left == right ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
