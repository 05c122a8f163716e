import ReadoutModel

/// Edits one YAML data file record by record, leaving every untouched line as it was:
/// comments, blank lines, quoting and the order of records and fields.
struct YAMLRecordEditor {
    /// What becomes of one record that the file holds.
    enum Change {
        case keep
        case delete
        case update(old: Record, new: [Value])
    }

    /// The edits to one table of the file.
    struct TableEdit {
        let table: String
        let schema: TableSchema
        /// The file's records of the table, in file order, each with its change.
        let records: [(record: Record, change: Change)]
        /// Records to add after the table's last record.
        let added: [[Value]]
    }

    private var lines: [String]
    /// Line indices (0-based) of top-level keys, with the table each opens, in the original text.
    private let blocks: [(line: Int, table: String)]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        blocks = lines.enumerated().compactMap { index, line in
            guard let first = line.first, !first.isWhitespace, first != "#", first != "-", let colon = line.firstIndex(of: ":") else { return nil }
            return (index, String(line[..<colon]))
        }
    }

    var text: String { lines.joined(separator: "\n") }

    /// Applies every table's edits: new tables at the end first, then the others from the bottom up,
    /// so that the original line numbers stay valid for what is still to edit.
    mutating func apply(_ edits: [TableEdit]) {
        var placed: [(anchor: Int, edit: TableEdit)] = []
        for edit in edits {
            if let anchor = edit.records.first.map({ $0.record.location.line - 1 }) ?? blocks.first(where: { $0.table == edit.table })?.line {
                placed.append((anchor, edit))
            } else if !edit.added.isEmpty {
                while lines.last == "" { lines.removeLast() }
                lines += [edit.table + ":"] + edit.added.map { emit($0, schema: edit.schema, indent: 4) }.flatMap { $0 } + [""]
            }
        }
        for (_, edit) in placed.sorted(by: { $0.anchor > $1.anchor }) { apply(edit) }
    }

    private mutating func apply(_ edit: TableEdit) {
        let starts = edit.records.map { $0.record.location.line - 1 }
        if !edit.added.isEmpty, let last = starts.last.map({ recordEnd(start: $0, next: nil) })
            ?? blocks.first(where: { $0.table == edit.table })?.line {
            let indent = edit.records.first.map { $0.record.location.column - 1 } ?? 4
            lines.insert(contentsOf: edit.added.flatMap { emit($0, schema: edit.schema, indent: indent) }, at: last + 1)
        }
        for (position, entry) in edit.records.enumerated().reversed() {
            let start = starts[position]
            let end = recordEnd(start: start, next: position + 1 < starts.count ? starts[position + 1] : nil)
            switch entry.change {
            case .keep:
                continue
            case .delete:
                lines.removeSubrange(start...end)
            case let .update(old, new):
                lines.replaceSubrange(start...end, with: updated(Array(lines[start...end]), old: old, new: new, schema: edit.schema))
            }
        }
    }

    /// A record runs to the line before the next record or top-level key, less trailing blank and comment lines.
    private func recordEnd(start: Int, next: Int?) -> Int {
        let limit = next ?? blocks.first(where: { $0.line > start })?.line ?? lines.count
        var end = limit - 1
        while end > start, lines[end].trimmingWhitespace().isEmpty || lines[end].trimmingWhitespace().hasPrefix("#") { end -= 1 }
        return end
    }

    /// Replaces only the fields whose values changed, when the record is in block style; else re-emits it.
    private func updated(_ original: [String], old: Record, new: [Value], schema: TableSchema) -> [String] {
        let indent = old.location.column - 1
        let ranges = fieldRanges(original, indent: indent)
        let firstField = ranges.min { $0.value.start < $1.value.start }?.key
        let keepsFirst = firstField.flatMap(schema.index(of:)).map { !new[$0].isNull && old.values[$0] == new[$0] } ?? false
        guard !(original.first ?? "").contains("{"), keepsFirst else { return emit(new, schema: schema, indent: indent) }
        // Each edit is anchored at an original line; applied from the bottom, they do not disturb each other.
        var edits: [(anchor: Double, apply: (inout [String]) -> Void)] = []
        let padding = String(repeating: " ", count: indent)
        for (index, field) in schema.fields.enumerated() where old.values[index] != new[index] {
            let line = padding + field.name + ": " + YAMLScalar.text(new[index], indent: indent + 2)
            if let range = ranges[field.name] {
                edits.append((Double(range.start), { lines in
                    lines.replaceSubrange(range.start...range.end, with: new[index].isNull ? [] : [line])
                }))
            } else if !new[index].isNull {
                let earlier = schema.fields[..<index].reversed().compactMap { ranges[$0.name] }.first
                let after = earlier?.end ?? original.count - 1
                edits.append((Double(after) + 0.5, { lines in lines.insert(line, at: after + 1) }))
            }
        }
        var result = original
        for edit in edits.sorted(by: { $0.anchor > $1.anchor }) { edit.apply(&result) }
        return result
    }

    /// Field name → its lines (a multi-line value runs to the next field), for a block-style record.
    private func fieldRanges(_ original: [String], indent: Int) -> [String: (start: Int, end: Int)] {
        var ranges: [String: (start: Int, end: Int)] = [:]
        var previous: String?
        for (offset, line) in original.enumerated() {
            let leading = line.prefix(while: { $0 == " " }).count
            guard offset == 0 || leading == indent, line.count > indent else { continue }
            let rest = line.dropFirst(indent)
            guard !rest.hasPrefix("#"), !rest.hasPrefix(" "), let colon = rest.firstIndex(of: ":") else { continue }
            if let previous { ranges[previous]?.end = offset - 1 }
            let name = String(rest[..<colon])
            ranges[name] = (offset, original.count - 1)
            previous = name
        }
        return ranges
    }

    /// A whole record in block style: `- ` before the first field, the others at `indent`.
    private func emit(_ values: [Value], schema: TableSchema, indent: Int) -> [String] {
        let pairs = zip(schema.fields, values).filter { !$0.1.isNull }
        return pairs.enumerated().map { position, pair in
            let prefix = position == 0 ? String(repeating: " ", count: max(0, indent - 2)) + "- " : String(repeating: " ", count: indent)
            return prefix + pair.0.name + ": " + YAMLScalar.text(pair.1, indent: indent + 2)
        }
    }
}
