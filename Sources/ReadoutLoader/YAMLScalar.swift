import ReadoutModel
import Yams

/// Writes a value as a YAML scalar that reads back as the same value.
enum YAMLScalar {
    /// Continuation lines (a multi-line string) are indented by `indent` spaces.
    static func text(_ value: Value, indent: Int) -> String {
        guard case let .string(string) = value else { return value.text ?? "~" }
        // Line breaks and control characters: a double-quoted scalar on one line. JSON's escapes
        // (\n, \", \\, \uXXXX) are all valid in YAML's double-quoted style.
        if string.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            var quoted = ""
            JSONValue.writeString(string, to: &quoted)
            return quoted.replacingAll("\u{7F}", with: "\\u007F")
        }
        // Yams quotes what YAML would read otherwise ("null", "true", "- x", "a: b") and escapes the rest.
        let dumped = (try? Yams.dump(object: string, width: -1, allowUnicode: true)) ?? "\"\""
        var lines = dumped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if lines.last == "..." { lines.removeLast() }
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }.joined(separator: "\n")
    }
}
