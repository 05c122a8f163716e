/// The check of a date, time or datetime `format` pattern: C / Python strptime directives
/// (Table Schema, datetime: `<PATTERN>` MUST follow the syntax of standard Python / C strptime).
enum StrftimePattern {
    /// The directives Python's strptime reads.
    static let directives: Set<Character> = [
        "a", "A", "w", "d", "b", "B", "m", "y", "Y", "H", "I", "p", "M", "S", "f", "z", "Z", "j", "U", "W",
        "c", "x", "X", "G", "u", "V", "%",
    ]

    /// Why `format` is not a pattern, or nil when it is one.
    static func problem(in format: String) -> String? {
        var characters = format.makeIterator()
        var directiveCount = 0
        while let character = characters.next() {
            guard character == "%" else { continue }
            guard let directive = characters.next() else { return "it ends with a lone '%'" }
            guard directives.contains(directive) else { return "'%\(directive)' is not a strptime directive" }
            if directive != "%" { directiveCount += 1 }
        }
        return directiveCount == 0 ? "it has no % directive" : nil
    }
}
