import ReadoutModel
import ReadoutRules

/// Marks, in a statement's own words, what a finding's word diff says only one side has: `<del>` in
/// the first account, `<ins>` in the second, so the difference does not rest on colour.
///
/// The diff is over normalized words (Wording.words); each whitespace-separated token of the text is
/// matched to the diff words it normalizes to.
enum DiffHighlight {
    /// The text with this side's own words wrapped; the plain text when the diff does not line up with it.
    static func markup(_ text: String, diff: WordDiff?, side: WordDiff.Side) -> Markup {
        guard let diff else { return .text(text) }
        var expected = diff.words(of: side)[...]
        var pieces: [(text: String, own: Bool)] = []
        for token in tokens(text) {
            guard !token.allSatisfy(\.isWhitespace) else {
                pieces.append((token, pieces.last?.own ?? false))
                continue
            }
            let normalized = Wording.words(token)
            guard expected.count >= normalized.count,
                  zip(expected.prefix(normalized.count), normalized).allSatisfy({ $0.word == $1 }) else { return .text(text) }
            let own = expected.prefix(normalized.count).contains { $0.own }
            expected = expected.dropFirst(normalized.count)
            pieces.append((token, own))
        }
        guard expected.isEmpty else { return .text(text) }
        return join(pieces, side: side)
    }

    /// Runs of own tokens become one element; whitespace at a run's end stays outside it.
    private static func join(_ pieces: [(text: String, own: Bool)], side: WordDiff.Side) -> Markup {
        var parts: [Markup] = []
        var run = "", runIsOwn = false
        func flush() {
            guard !run.isEmpty else { return }
            let trimmed = String(run.reversed().drop(while: \.isWhitespace).reversed())
            let trailing = String(run.dropFirst(trimmed.count))
            if runIsOwn, !trimmed.isEmpty {
                parts.append(side == .first ? .element("del", text: trimmed) : .element("ins", text: trimmed))
                parts.append(.text(trailing))
            } else {
                parts.append(.text(run))
            }
            run = ""
        }
        for piece in pieces {
            if piece.own != runIsOwn {
                flush()
                runIsOwn = piece.own
            }
            run += piece.text
        }
        flush()
        return .join(parts)
    }

    /// The text split into runs of whitespace and runs of anything else, nothing dropped.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = "", currentIsSpace = false
        for character in text {
            if !current.isEmpty, character.isWhitespace != currentIsSpace {
                tokens.append(current)
                current = ""
            }
            currentIsSpace = character.isWhitespace
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
