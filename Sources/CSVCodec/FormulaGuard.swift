/// Neutralizes text that spreadsheets would evaluate (OWASP "CSV Injection").
///
/// The guard is reversible: a text that already starts with quotes before a trigger gets one more,
/// so `unguarded(guarded(x)) == x` for every text and a reader can always undo it.
public enum FormulaGuard {
    /// The characters that make a spreadsheet cell a formula.
    public static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n"]

    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    /// Removes the one `'` the guard added.
    public static func unguarded(_ text: String) -> String {
        text.first == "'" && needsGuard(String(text.dropFirst())) ? String(text.dropFirst()) : text
    }

    /// Quotes, if any, then a trigger: the first other Character is one of `triggers`.
    ///
    /// Decided on the UTF-8 bytes, which export millions of cells fast; only a non-ASCII byte right after
    /// `=`, `+`, `-` or `@` (a combining mark would make them another Character) needs the Characters.
    private static func needsGuard(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: "'") }) else { return false }
        switch utf8[start] {
        case UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
            // Unicode never joins anything to a control character but LF to CR, and "\r\n" is a trigger too.
            return true
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"):
            let next = utf8.index(after: start)
            guard next != utf8.endIndex, utf8[next] >= 0x80 else { return true }
            return text[start...].first.map(triggers.contains) ?? false
        default:
            return false
        }
    }
}
