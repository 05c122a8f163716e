import ReadoutModel
import Yams

/// Writes a value as a YAML scalar that reads back as the same value.
enum YAMLScalar {
    /// Where a value is written, for the error when it cannot be: the file, the record's line when
    /// known, and the field.
    struct Place {
        var file: String
        var line: Int?
        var field: String
    }

    /// Continuation lines (a multi-line string) are indented by `indent` spaces. Throws when Yams cannot
    /// write the string (never an empty or partial scalar in its place).
    static func text(_ value: Value, indent: Int, at place: Place) throws(InputError) -> String {
        guard case let .string(string) = value else { return value.text ?? "~" }
        // Line breaks and control characters: a double-quoted scalar on one line. JSON's escapes
        // (\n, \", \\, \uXXXX) are all valid in YAML's double-quoted style.
        if string.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return doubleQuoted(string) }
        // Yams quotes what YAML would read otherwise ("null", "true", "- x", "a: b") and escapes the rest.
        let dumped: String
        do {
            dumped = try Yams.dump(object: string, width: -1, allowUnicode: true)
        } catch {
            throw InputError(file: place.file, line: place.line,
                             message: "cannot write field '\(place.field)' as YAML (\(String(describing: error).lowercased())); nothing written")
        }
        var lines = dumped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if lines.last == "..." { lines.removeLast() }
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }.joined(separator: "\n")
    }

    /// A value inside a flow mapping (`{a: b}`), where a plain scalar must not hold `,[]{}`: such text
    /// is double-quoted.
    static func flowText(_ value: Value, at place: Place) throws(InputError) -> String {
        let plain = try text(value, indent: 0, at: place)
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
