/// Neutralizes text that spreadsheets would evaluate (OWASP "CSV Injection").
public enum FormulaGuard {
    /// The characters that make a spreadsheet cell a formula.
    public static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n"]

    public static func guarded(_ text: String) -> String {
        guard let first = text.first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// The exporter's inverse, for readers of guarded CSV: a `'` before a trigger is removed.
    public static func unguarded(_ text: String) -> String {
        guard text.first == "'", let second = text.dropFirst().first, triggers.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
