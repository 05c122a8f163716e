import ReadoutModel
import Yams

/// Writes a value as a YAML scalar that reads back as the same value.
enum YAMLScalar {
    /// Continuation lines (a multi-line string) are indented by `indent` spaces.
    static func text(_ value: Value, indent: Int) -> String {
        guard case let .string(string) = value else { return value.text ?? "~" }
        // Line breaks and control characters: a double-quoted scalar on one line. JSON's escapes
        // (\n, \", \\, \uXXXX) are all valid in YAML's double-quoted style.
        if string.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return doubleQuoted(string) }
        // Yams quotes what YAML would read otherwise ("null", "true", "- x", "a: b") and escapes the rest.
        let dumped = (try? Yams.dump(object: string, width: -1, allowUnicode: true)) ?? "\"\""
        var lines = dumped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if lines.last == "..." { lines.removeLast() }
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }.joined(separator: "\n")
    }

    /// A value inside a flow mapping (`{a: b}`), where a plain scalar must not hold `,[]{}`: such text
    /// is double-quoted.
    static func flowText(_ value: Value) -> String {
        let plain = text(value, indent: 0)
        guard case let .string(string) = value, let first = plain.first, first != "\"", first != "'",
              plain.contains(where: { ",[]{}#".contains($0) }) else { return plain }
        return doubleQuoted(string)
    }

    private static func doubleQuoted(_ string: String) -> String {
        var quoted = ""
        JSONValue.writeString(string, to: &quoted)
        return quoted.replacingAll("\u{7F}", with: "\\u007F")
    }
}
