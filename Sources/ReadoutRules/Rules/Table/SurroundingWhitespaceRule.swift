import ReadoutModel

/// A text cell of a CSV, JSON Lines or JSON table that starts or ends with whitespace.
public struct SurroundingWhitespaceRule: Rule {
    public static let description = RuleDescription(
        id: "table.surrounding-whitespace", severity: .warning,
        summary: "A text value of a tabular file starts or ends with whitespace.",
        explanation: """
            readout checks values exactly as written: `' cedar'` is not `cedar` for an enum, a foreign key \
            or a unique constraint, as it is not for pandas or SQL. Spreadsheet exports often pad cells \
            with spaces, so every string value of a table read from a CSV, JSON Lines or JSON file that \
            starts or ends with a space, tab, line break or other Unicode whitespace is reported here, \
            instead of being trimmed out of sight. YAML data is not checked: YAML drops the padding of \
            plain scalars itself, and keeps it only when it is quoted on purpose.
            """,
        triggering: [
            RuleExample(csv: """
                id,name,kind,country
                biden,↓ Joe Biden,person,US
                xi,↓"Xi Jinping\t",person,CN
                """, of: .project("actors")),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id,name,kind,country
                biden,Joe Biden,person,US
                """, of: .project("actors")),
            RuleExample("""
                actors:
                  - id: biden
                    name: " Joe Biden"
                    kind: person
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for table in context.dataset.tables {
            guard let format = table.format, format != .yaml else { continue }
            for record in table.records {
                for (index, value) in record.values.enumerated() {
                    guard case let .string(text) = value, let side = SurroundingWhitespaceRule.padding(of: text) else { continue }
                    findings.append(context.finding(
                        Self.self, "'\(table.schema.fields[index].name)' has \(side) whitespace: \(SurroundingWhitespaceRule.quoted(text))",
                        table: table, record: record, field: index))
                }
            }
        }
        return findings
    }

    /// "leading", "trailing" or "leading and trailing"; nil when the text has neither.
    static func padding(of text: String) -> String? {
        let leading = mayBeWhitespace(text.utf8.first) && text.unicodeScalars.first?.properties.isWhitespace == true
        let trailing = mayBeWhitespace(text.utf8.last) && text.unicodeScalars.last?.properties.isWhitespace == true
        switch (leading, trailing) {
        case (true, true): return "leading and trailing"
        case (true, false): return "leading"
        case (false, true): return "trailing"
        case (false, false): return nil
        }
    }

    /// Whether a first or last byte can belong to a whitespace scalar: visible ASCII (most text)
    /// cannot, so the scalar's properties are looked up only for the rest.
    private static func mayBeWhitespace(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return !(0x21...0x7E).contains(byte)
    }

    /// The text in JSON quotes, so that a tab or a line break shows.
    private static func quoted(_ text: String) -> String {
        var output = ""
        JSONValue.writeString(text, to: &output)
        return output
    }
}
