import ReadoutModel

/// A text value holding a control character other than tab, line feed or carriage return.
public struct ControlCharacterRule: Rule {
    public static let description = RuleDescription(
        id: "table.control-character", severity: .error,
        summary: "A text value holds a control character (NUL, BEL, ESC, DEL, C1...), not text.",
        explanation: """
            Control characters are not text a researcher transcribes: a NUL, a BEL (U+0007) or an ESC \
            (U+001B) in a cell comes from a binary file read as text, a broken export or a copy from a \
            terminal. Reported are the C0 controls U+0000–U+001F other than tab, line feed and carriage \
            return (which text holds on purpose), DEL (U+007F), and the C1 controls U+0080–U+009F, which \
            are nearly always Windows-1252 text decoded as Latin-1 (U+0092 where an apostrophe was). Each \
            string value (and each item of a list) of every table is checked, CSV, JSON Lines, JSON and \
            YAML alike: YAML cannot hold them raw, but a double-quoted scalar can by escapes (`"\\0"`, \
            `"\\x07"`, `"\\u0092"`). The message names the field, each code point in U+0000 form and its \
            position in the value (the first three). An error, since the value is not the text of the \
            source and breaks the tools the exports are loaded into: PostgreSQL refuses a NUL in text, C \
            tools cut the value at it, XML (XLSX, ODS, the HTML report) forbids the C0 controls; a record \
            so reported is left out of the export until it is fixed or reviewed.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country
                biden,↓Joe\u{0}Biden,person,US
                xi,↓Xi Jinping\u{1B}[0m,person,CN
                """, of: .project("actors")),
            RuleExample("""
                actors:
                  - id: biden
                    name: ↓"Joe\\x07 Biden"
                    kind: person
                """),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country,state_media,note
                biden,Joe Biden,person,US,,"a tab\there, and
                two lines"
                """, of: .project("actors")),
            RuleExample("""
                actors:
                  - id: biden
                    name: "Joe Biden\\t"
                    kind: person
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            for record in table.records {
                for (index, value) in record.values.enumerated() {
                    let found = Self.controlCharacters(in: value)
                    guard !found.isEmpty else { continue }
                    findings.append(context.finding(
                        Self.self, "'\(table.schema.fields[index].name)' holds \(Self.describe(found))",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }

    /// A control character found, and its 1-based position in the value (in Unicode code points).
    struct Occurrence: Equatable {
        var scalar: Unicode.Scalar
        var position: Int
    }

    static func controlCharacters(in value: Value) -> [Occurrence] {
        switch value {
        case let .string(text): return controlCharacters(in: text)
        case let .list(items, _): return items.flatMap { controlCharacters(in: $0) }
        default: return []
        }
    }

    static func controlCharacters(in text: String) -> [Occurrence] {
        // One byte scan settles most values before any scalar is decoded.
        guard ControlCharacters.mayHoldControl(text) else { return [] }
        var found: [Occurrence] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() where isReported(scalar) {
            found.append(Occurrence(scalar: scalar, position: offset + 1))
        }
        return found
    }

    static func isReported(_ scalar: Unicode.Scalar) -> Bool { ControlCharacters.isControl(scalar) }

    /// "control character U+0000 at character 4", or a count and the first three.
    static func describe(_ found: [Occurrence]) -> String {
        let listed = found.prefix(3).map { "\(codePoint($0.scalar)) at character \($0.position)" }.joined(separator: ", ")
        if found.count == 1 { return "control character \(listed)" }
        return "\(found.count) control characters: \(listed)" + (found.count > 3 ? ", ..." : "")
    }

    /// U+0000 form: at least four hexadecimal digits, upper case.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
