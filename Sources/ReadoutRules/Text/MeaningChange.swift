/// Whether two wordings of one remark differ in what they say, not only in how: the conflict rules
/// report a difference as a conflict only when it carries meaning. The lexicons are small on purpose:
/// each entry is a difference the corpus showed to matter, and a word outside them counts as wording.
public enum MeaningChange {
    /// What carries meaning, in the order messages name it.
    public enum Kind: String, Sendable, Equatable {
        /// One wording is negated where the other is not ("will sit idly by" against "will not").
        case negation = "one wording negates the other"
        /// Opposite-polarity verbs ("support" against "suppress"), or one verb asserted in one and
        /// denied in the other ("resolve rather than manage" against "manage").
        case opposite = "opposite verbs"
        /// A number, ordinal, month or weekday replaced by another.
        case number = "a changed number or date"
        /// A name replaced by another (capitals and countries count as their country: "Washington" is the US).
        case name = "a changed name"
        /// A modal of another force ("will" against "may"); "will"/"would", "can"/"could", "shall"/"should"
        /// are one force told in direct and reported speech.
        case modal = "a changed modal"
        /// "if" in one wording where the other has "unless".
        case condition = "a reversed condition"
    }

    /// The changes that carry meaning from `lhs` to `rhs` (their original texts, for names).
    public static func changes(_ lhs: String, _ rhs: String) -> [Kind] {
        let left = Wording.words(lhs), right = Wording.words(rhs)
        var found: [Kind] = []
        if Wording.reversesNegation(left, right) { found.append(.negation) }
        if opposes(left, right) { found.append(.opposite) }
        if replaced(numbers(left), numbers(right)) { found.append(.number) }
        if replaced(names(lhs), names(rhs)) { found.append(.name) }
        if replaced(Set(left.compactMap { modalForce[$0] }), Set(right.compactMap { modalForce[$0] })) { found.append(.modal) }
        if left.contains("if") != right.contains("if"), left.contains("unless") != right.contains("unless") { found.append(.condition) }
        return found
    }

    /// Opposite claims: a verb of the lexicon against its opposite, or asserted against denied.
    public static func opposes(_ lhs: [String], _ rhs: [String]) -> Bool {
        opposes(terms(lhs), terms(rhs))
    }

    /// `opposes` on the terms of each side, for callers that compare one wording with many.
    static func opposes(_ left: Set<Term>, _ right: Set<Term>) -> Bool {
        for term in left where !right.contains(term) {
            let flipped = Term(stem: term.stem, asserted: !term.asserted)
            if right.contains(flipped), !left.contains(flipped) { return true }
            if let opposite = opposites[term.stem] {
                let counterpart = Term(stem: opposite, asserted: term.asserted)
                if right.contains(counterpart), !left.contains(counterpart) { return true }
            }
        }
        return false
    }

    /// Opposite-polarity verbs, by stem (a word counts when it starts with the stem: "suppressing").
    /// Each pair is listed once; the lookup goes both ways.
    static let oppositePairs: [(String, String)] = [
        ("support", "suppress"),
        ("resolv", "manag"),
        ("increas", "decreas"),
        ("strengthen", "weaken"),
        ("escalat", "de-escalat"),
        ("cooperat", "confront"),
        ("accept", "reject"),
        ("welcom", "oppos"),
        ("improv", "worsen"),
        ("lift", "impos"),
    ]

    static let opposites: [String: String] = Dictionary(
        oppositePairs.flatMap { [($0.0, $0.1), ($0.1, $0.0)] }, uniquingKeysWith: { first, _ in first })

    /// A lexicon verb as a wording uses it: asserted, or denied ("not support", "rather than manage").
    struct Term: Hashable {
        let stem: String
        let asserted: Bool
    }

    /// The stems by their first byte, longest first: a word's first match is its longest stem.
    private static let stemsByFirstByte: [UInt8: [String]] = Dictionary(grouping: opposites.keys) { $0.utf8.first ?? 0 }
        .mapValues { $0.sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) } }

    /// Words that deny the lexicon verb after them (within three words), besides the negations.
    private static let denials: Set<String> = ["without", "against"]

    static func terms(_ words: [String]) -> Set<Term> {
        var found: Set<Term> = []
        for (position, word) in words.enumerated() {
            // The longest stem wins: "de-escalating" is de-escalat, not escalat.
            guard let first = word.utf8.first,
                  let stem = stemsByFirstByte[first]?.first(where: { word.hasPrefix($0) }) else { continue }
            let before = words[max(0, position - 3)..<position]
            let denied = before.contains { Wording.negations.contains($0) || denials.contains($0) }
                || (position >= 2 && words[position - 1] == "than" && words[position - 2] == "rather")
                || (position >= 2 && words[position - 1] == "of" && words[position - 2] == "instead")
            found.insert(Term(stem: stem, asserted: !denied))
        }
        return found
    }

    /// Both sides hold values of the kind and each has one the other lacks: a replacement, not an
    /// omission (a shorter paraphrase that leaves a number out has not changed it).
    private static func replaced(_ lhs: Set<String>, _ rhs: Set<String>) -> Bool {
        !lhs.subtracting(rhs).isEmpty && !rhs.subtracting(lhs).isEmpty
    }

    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "hundred", "thousand", "million", "billion", "dozen", "half",
        "first", "second", "third", "fourth", "fifth", "last",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Numbers, ordinals, months and weekdays. "may" is left to the modals: lowercased words cannot
    /// tell the month from the verb.
    static func numbers(_ words: [String]) -> Set<String> {
        Set(words.filter { word in word != "may" && (numberWords.contains(word) || word.contains(where: \.isNumber)) })
    }

    /// One force per modal: direct and reported speech ("will" / "would") are the same force.
    static let modalForce: [String: String] = [
        "will": "will", "would": "will", "won't": "will", "wouldn't": "will", "shall": "will", "should": "should",
        "can": "can", "could": "can", "cannot": "can", "can't": "can",
        "may": "may", "might": "may", "must": "must", "ought": "should",
    ]

    /// A capital or a country's other names, as the country: "Washington would" reports "the United States will".
    static let nameAliases: [String: String] = [
        "washington": "us", "united states": "us", "america": "us", "u.s.": "us", "us": "us", "american": "us",
        "beijing": "china", "china": "china", "chinese": "china", "prc": "china",
        "taipei": "taiwan", "moscow": "russia", "kremlin": "russia",
    ]

    /// Capitalized words (names), lowercased and through the aliases ("United States" is one name).
    /// A wording's first word counts only when it is a known name, since any sentence starts with a capital.
    static func names(_ text: String) -> Set<String> {
        let words = text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == ".") }
            .map { $0.filter { $0 != "." } }
        var found: Set<String> = []
        for (position, word) in words.enumerated() {
            guard let first = word.first, first.isUppercase else { continue }
            var name = word.lowercased()
            if name.hasSuffix("'s") || name.hasSuffix("’s") { name = String(name.dropLast(2)) }
            if name == "united", position + 1 < words.count, words[position + 1].lowercased().hasPrefix("states") { name = "us" }
            if name == "states", position > 0, words[position - 1] == "United" { continue }
            if let alias = nameAliases[name] {
                found.insert(alias)
            } else if position > 0, !numberWords.contains(name) { // months and weekdays are dates, not names
                found.insert(name)
            }
        }
        return found
    }
}
