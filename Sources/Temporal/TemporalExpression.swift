/// An expression reduced to lowercase word tokens, with a leading preposition set aside.
struct TemporalExpression: Sendable {
    /// Lowercased, whitespace collapsed, outer punctuation removed; used in reasons.
    let text: String
    /// Words after the preposition; commas and abbreviation dots dropped ("sep." → "sep").
    let tokens: [String]
    /// The leading "on", "in", "back in", "over" or "during" that was removed, if any.
    let preposition: String?

    private static let prepositions: Set<String> = ["on", "in", "over", "during"]
    /// Prefixes split off a hyphenated month ("mid-november" → "mid", "november").
    private static let hyphenPrefixes: Set<String> = ["early", "mid", "late"]

    init(_ raw: String, stripsPreposition: Bool = true) {
        let lowered = raw.lowercased()
        let words = lowered.split(whereSeparator: \.isWhitespace).map(String.init)
        let joined = words.joined(separator: " ")
        text = String(joined.drop(while: Self.isOuterPunctuation).reversed().drop(while: Self.isOuterPunctuation)
            .reversed())
        var tokens = text.split(whereSeparator: \.isWhitespace).flatMap(Self.split)
        var preposition: String?
        if stripsPreposition {
            if tokens.count > 2, tokens[0] == "back", tokens[1] == "in" {
                preposition = "back in"
                tokens.removeFirst(2)
            } else if tokens.count > 1, Self.prepositions.contains(tokens[0]) {
                preposition = tokens.removeFirst()
            }
        }
        self.tokens = tokens
        self.preposition = preposition
    }

    /// An expression made of tokens already normalised (the remainder of "since ...").
    init(tokens: [String]) {
        self.tokens = tokens
        text = tokens.joined(separator: " ")
        preposition = nil
    }

    private static func isOuterPunctuation(_ character: Character) -> Bool {
        character.isWhitespace || (character.isPunctuation && character != "-")
    }

    /// Drops commas and trailing dots, and splits "mid-november".
    private static func split(_ word: Substring) -> [String] {
        var word = String(word)
        while let last = word.last, last == "," || last == "." { word.removeLast() }
        guard !word.isEmpty else { return [] }
        if let dash = word.firstIndex(of: "-"), hyphenPrefixes.contains(String(word[..<dash])) {
            let rest = String(word[word.index(after: dash)...])
            return rest.isEmpty ? [String(word[..<dash])] : [String(word[..<dash]), rest]
        }
        return [word]
    }
}
