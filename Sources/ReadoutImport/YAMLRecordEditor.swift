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
    /// What ends a line before its LF: a CR in a CRLF file, so that new lines match the old.
    private let lineEnd: String
    /// Line indices (0-based) of top-level keys, with the table each opens, in the original text.
    private let blocks: [(line: Int, table: String)]

    init(text: String) {
        lines = Self.lines(of: text)
        lineEnd = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        blocks = lines.enumerated().compactMap { index, line in
            guard let first = line.first, !first.isWhitespace, first != "#", first != "-", let colon = line.firstIndex(of: ":") else { return nil }
            return (index, String(line[..<colon]))
        }
    }

    var text: String { lines.joined(separator: "\n") }

    /// The file's lines, split at LF bytes: a CRLF file's lines keep their CR (in a Swift String, CR LF
    /// is one Character, which a split at "\n" would not see).
    private static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Applies every table's edits: new tables at the end first, then the others from the bottom up,
    /// so that the original line numbers stay valid for what is still to edit. `file` names the file in errors.
    mutating func apply(_ edits: [TableEdit], file: String) throws(InputError) {
        var placed: [(anchor: Int, edit: TableEdit)] = []
        for edit in edits {
            try refuseFlowSequence(edit, file: file)
            if let anchor = edit.records.first.map({ $0.record.location.line - 1 }) ?? blocks.first(where: { $0.table == edit.table })?.line {
                placed.append((anchor, edit))
            } else if !edit.added.isEmpty {
                while lines.last == "" { lines.removeLast() }
                var added: [String] = []
                for values in edit.added { added += try emit(values, schema: edit.schema, indent: 4, file: file) }
                lines += [edit.table + ":" + lineEnd] + added + [""]
            }
        }
        for (_, edit) in placed.sorted(by: { $0.anchor > $1.anchor }) { try apply(edit, file: file) }
    }

    /// Records edited line by line must each start a line of a block list (`- `, then the record in
    /// block or flow style); a table written as one flow list (`table: [{...}, {...}]`) is refused.
    private func refuseFlowSequence(_ edit: TableEdit, file: String) throws(InputError) {
        let editsRecords = edit.records.contains { if case .keep = $0.change { false } else { true } }
        guard editsRecords || !edit.added.isEmpty else { return }
        for (record, _) in edit.records {
            let line = Array(lines[record.location.line - 1])
            let before = String(line.prefix(max(0, record.location.column - 1)))
            if before.trimmingWhitespace() != "-" {
                throw InputError(at: record.location, "table '\(edit.table)' is written as a flow list ([...]): readout edits records of a block list only (one '- ' per record); nothing imported")
            }
        }
        if edit.records.isEmpty, !edit.added.isEmpty, let block = blocks.first(where: { $0.table == edit.table }) {
            let rest = lines[block.line].dropFirst(edit.table.count + 1).trimmingWhitespace()
            if !rest.isEmpty, !rest.hasPrefix("#") {
                throw InputError(file: file, line: block.line + 1, message: "table '\(edit.table)' is written as '\(rest)': readout adds records to a block list only; nothing imported")
            }
        }
    }

    private mutating func apply(_ edit: TableEdit, file: String) throws(InputError) {
        let starts = edit.records.map { $0.record.location.line - 1 }
        if !edit.added.isEmpty, let last = starts.last.map({ recordEnd(start: $0, next: nil) })
            ?? blocks.first(where: { $0.table == edit.table })?.line {
            let indent = edit.records.first.map { $0.record.location.column - 1 } ?? 4
            var added: [String] = []
            for values in edit.added { added += try emit(values, schema: edit.schema, indent: indent, file: file) }
            lines.insert(contentsOf: added, at: last + 1)
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
                lines.replaceSubrange(start...end, with: try updated(Array(lines[start...end]), old: old, new: new, schema: edit.schema))
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

    /// Replaces only the fields whose values changed, keeping the record's style (block or flow).
    private func updated(_ original: [String], old: Record, new: [Value], schema: TableSchema) throws(InputError) -> [String] {
        let indent = old.location.column - 1
        let changed = schema.fields.indices.filter { old.values[$0] != new[$0] }
        func place(_ field: Int) -> YAMLScalar.Place {
            YAMLScalar.Place(file: old.location.file, line: old.location.line, field: schema.fields[field].name)
        }
        if Array(original[0]).dropFirst(indent).first == "{" {
            let text = Array(original.joined(separator: "\n"))
            var changes: [(name: String, text: String?)] = []
            for index in changed {
                changes.append((schema.fields[index].name, new[index].isNull ? nil : try YAMLScalar.flowText(new[index], at: place(index))))
            }
            if let record = YAMLFlowRecord(text: text, open: indent) {
                return Self.lines(of: record.applying(changes, fieldOrder: schema.fields.map(\.name)))
            }
            return try emit(new, schema: schema, indent: indent, file: old.location.file, line: old.location.line)
        }
        let ranges = fieldRanges(original, indent: indent)
        // The first field's line carries the record's `- `: removing that field re-emits the record.
        let firstField = ranges.min { $0.value.start < $1.value.start }?.key
        let keepsFirst = firstField.flatMap(schema.index(of:)).map { !new[$0].isNull } ?? false
        guard keepsFirst else { return try emit(new, schema: schema, indent: indent, file: old.location.file, line: old.location.line) }
        // Each edit is anchored at an original line; applied from the bottom, they do not disturb each other.
        var edits: [(anchor: Double, apply: (inout [String]) -> Void)] = []
        let padding = String(repeating: " ", count: indent)
        for index in changed {
            let field = schema.fields[index]
            let text = try YAMLScalar.text(new[index], indent: indent + 2, at: place(index))
            let line = padding + field.name + ": " + text + lineEnd
            if let range = ranges[field.name] {
                let line = range.start == 0 ? String(original[0].prefix(indent)) + line.dropFirst(indent) : line
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

    /// A whole record in block style: `- ` before the first field, the others at `indent`. `file` and
    /// `line` (nil for a new record) name the record in the error when a value cannot be written.
    private func emit(_ values: [Value], schema: TableSchema, indent: Int, file: String, line: Int? = nil) throws(InputError) -> [String] {
        var lines: [String] = []
        for (position, pair) in zip(schema.fields, values).filter({ !$0.1.isNull }).enumerated() {
            let prefix = position == 0 ? String(repeating: " ", count: max(0, indent - 2)) + "- " : String(repeating: " ", count: indent)
            let text = try YAMLScalar.text(pair.1, indent: indent + 2, at: YAMLScalar.Place(file: file, line: line, field: pair.0.name))
            lines.append(prefix + pair.0.name + ": " + text + lineEnd)
        }
        return lines
    }
}
