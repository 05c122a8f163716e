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

    /// Quotes, if any, then a trigger.
    private static func needsGuard(_ text: String) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return triggers.contains(first)
    }
}
