import ReadoutModel

extension PropertyInventory {
    private static let patternExamples: [FieldType: String] = [.date: "%d/%m/%Y", .time: "%H:%M", .datetime: "%d/%m/%Y %H:%M"]

    /// docs/table-schema-support.md: the README's "Table Schema support" table, rendered from the inventory
    /// (a test keeps the file in step).
    public static func markdown() -> String {
        var lines = [
            "# Table Schema support",
            "",
            "Generated from `Sources/ReadoutLoader/PropertyInventory.swift`; `swift test --filter PropertyInventoryTests`",
            "fails when this file is out of date (run it with `READOUT_WRITE_DOCS=1` to rewrite it).",
            "",
            "Every property of Data Package, Data Resource, Table Schema and Table Dialect, v1 and v2, is either",
            "supported, documentation only (accepted, with no effect on the data, as the standard says), or refused:",
            "a descriptor that uses a refused property, a property the standard does not define, or a property on",
            "a type it does not apply to stops the run (exit 2) with the file, line and JSON path.",
            "",
            "## Types and formats",
            "",
            "| type | formats | supported |",
            "|---|---|---|",
        ]
        for type in FieldType.allCases {
            var formats = formats(of: type).map { "`\($0)`" }
            if let example = patternExamples[type] { formats.append("strftime-style patterns (`\(example)`)") }
            lines.append("| `\(type.rawValue)` | \(formats.joined(separator: ", ")) | supported |")
        }
        lines.append("")
        lines.append("Any other type or format is refused, naming it.")
        for kind in Kind.allCases {
            let properties = properties(of: kind)
            // Field properties and constraints that apply to some types only get a column for them.
            let typed = properties.contains { $0.types != nil }
            lines += ["", "## \(kind.rawValue)", "",
                      typed ? "| property | status | types | notes |" : "| property | status | notes |",
                      typed ? "|---|---|---|---|" : "|---|---|---|"]
            for property in properties {
                let status = switch property.support {
                case .implemented: "supported"
                case .descriptive: "documentation only"
                case .refused: "refused"
                }
                let types = property.types.map { $0.map { "`\($0.rawValue)`" }.joined(separator: ", ") } ?? "all"
                let cells = ["`\(property.name)`", status] + (typed ? [types] : []) + [property.note]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
