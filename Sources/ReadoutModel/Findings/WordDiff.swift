/// A word diff between two accounts, as data: the words both have, and runs only one side has.
/// `text` is how findings print it (`a [-firm-] {+clear+} line`); readers of the diff (the report's
/// highlighting) use the parts, never the text.
public struct WordDiff: Sendable, Hashable {
    /// The two sides of a diff: the first account (its own words are `[-…-]`) and the second (`{+…+}`).
    public enum Side: Sendable, Hashable {
        case first, second
    }

    public enum Part: Sendable, Hashable {
        /// A word both sides have.
        case common(String)
        /// A run of words only one side has.
        case only(Side, [String])
    }

    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The same diff with each word's control characters made visible escapes (ControlCharacters).
    public var shown: WordDiff {
        WordDiff(parts: parts.map { part in
            switch part {
            case let .common(word): .common(ControlCharacters.shown(word))
            case let .only(side, words): .only(side, words.map(ControlCharacters.shown))
            }
        })
    }

    public var text: String {
        parts.map { part in
            switch part {
            case let .common(word): word
            case let .only(.first, words): "[-" + words.joined(separator: " ") + "-]"
            case let .only(.second, words): "{+" + words.joined(separator: " ") + "+}"
            }
        }.joined(separator: " ")
    }

    /// The words of one side, in order, each with whether only that side has it.
    public func words(of side: Side) -> [(word: String, own: Bool)] {
        parts.flatMap { part -> [(word: String, own: Bool)] in
            switch part {
            case let .common(word): [(word, false)]
            case let .only(owner, words): owner == side ? words.map { ($0, true) } : []
            }
        }
    }
}
