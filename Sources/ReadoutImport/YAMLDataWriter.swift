import ReadoutModel

/// Writes records as a YAML data file (table name → list of records), fields in schema order,
/// nulls left out: the form RecordLoader reads.
public enum YAMLDataWriter {
    /// `file` names the file being written, in the error when a value cannot be.
    public static func text(_ tables: [Table], comment: String? = nil, file: String) throws(InputError) -> String {
        var lines: [String] = comment.map { ["# " + $0] } ?? []
        for table in tables where !table.records.isEmpty {
            lines.append(table.name + ":")
            for record in table.records {
                for (position, pair) in zip(table.schema.fields, record.values).filter({ !$0.1.isNull }).enumerated() {
                    let prefix = position == 0 ? "  - " : "    "
                    let text = try YAMLScalar.text(pair.1, indent: 6, at: YAMLScalar.Place(file: file, line: nil, field: pair.0.name))
                    lines.append(prefix + pair.0.name + ": " + text)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
