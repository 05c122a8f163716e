/// Counts, units, days and years written in digits or words.
enum NumberWords {
    private static let small: [String: Int] = [
        "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    /// Vague counts become ranges; the hull of the range is what the text can mean.
    private static let vague: [String: ClosedRange<Int>] = [
        "a couple of": 2...2, "a couple": 2...2, "couple of": 2...2, "a few": 2...4, "few": 2...4,
        "several": 3...7, "a dozen": 12...12, "a half dozen": 6...6, "half a dozen": 6...6,
    ]
    private static let units: [String: Granularity] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week,
        "month": .month, "months": .month, "year": .year, "years": .year,
    ]

    /// A count phrase ("two", "12", "twenty-four", "a few") as a range of numbers.
    static func count(_ words: ArraySlice<String>) -> ClosedRange<Int>? {
        if let range = vague[words.joined(separator: " ")] { return range }
        guard words.count == 1, let word = words.first, let number = number(word) else { return nil }
        return number...number
    }

    /// One number in digits, a word, or a hyphenated word ("twenty-four").
    static func number(_ word: String) -> Int? {
        if word.count <= 4, word.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(word) }
        if let value = small[word] ?? tens[word] { return value }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let ten = tens[String(parts[0])], let unit = small[String(parts[1])],
              (1...9).contains(unit), parts[1] != "a", parts[1] != "an" else { return nil }
        return ten + unit
    }

    /// A unit word ("week", "months") and whether it is plural.
    static func unit(_ word: String) -> (granularity: Granularity, plural: Bool)? {
        guard let granularity = units[word] else { return nil }
        return (granularity, word.hasSuffix("s"))
    }

    /// A day of the month, with an optional ordinal suffix ("9", "24th").
    static func dayOfMonth(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// A four-digit year.
    static func year(_ word: String) -> Int? {
        guard word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(word), year >= 1
        else { return nil }
        return year
    }
}
