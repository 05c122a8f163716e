import ReadoutModel

/// Sentences for synthetic quotes: 60 to 200 characters, with commas, quotes, non-ASCII text and
/// the occasional line break, as the real articles have.
enum SyntheticWording {
    static let words = [
        "China", "the United States", "Taiwan", "stability", "dialogue", "red line", "cooperation", "trade",
        "technology", "security", "“candid”", "‘constructive’", "Beijing", "Washington", "Xi’s", "talks", "crossed",
        "sanctions", "fentanyl", "military", "communication", "Ukraine", "Korean Peninsula", "South China Sea",
        "中美关系", "Zhōngguó", "investment", "export controls", "not", "will", "must", "continue", "maintain",
    ]

    static func sentence(_ random: inout SeededRandom) -> String {
        var text = ""
        let target = Int.random(in: 60...200, using: &random)
        while text.count < target {
            if !text.isEmpty { text += random.chance(12) ? ", " : " " }
            if random.chance(1.5) { text += "\n" }
            text += words.randomElement(using: &random) ?? "talks"
        }
        return text.prefix(1).uppercased() + text.dropFirst() + (random.chance(20) ? ", he said \"firmly\"" : "")
    }

    /// The same sentence with one word changed, for conflicting accounts.
    static func variant(of text: String, _ random: inout SeededRandom) -> String {
        var parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 2 else { return text + " indeed" }
        parts[Int.random(in: 1..<parts.count, using: &random)] = "firmly"
        return parts.joined(separator: " ")
    }
}
