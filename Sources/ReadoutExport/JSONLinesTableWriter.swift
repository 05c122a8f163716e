import ReadoutModel

/// A table as JSON Lines: one object per record, every key on every line, in schema order.
///
/// Every key is written, null included, because polars and DuckDB infer columns from the first lines.
/// Lines go straight into a byte buffer handed on a chunk at a time: exports run to millions of values.
public enum JSONLinesTableWriter {
    /// The lines in chunks of about `ExportFile.chunkSize`, stopping when `consume` returns false.
    public static func stream(_ table: Table, to consume: ExportFile.Consumer) {
        // `"name":` for each field, escaped once for the whole table.
        let keys = table.schema.fields.map { field -> [UInt8] in
            var key: [UInt8] = []
            JSONEscaping.appendQuoted(field.name, to: &key)
            key.append(UInt8(ascii: ":"))
            return key
        }
        var output: [UInt8] = []
        // A chunk and some room for the line that fills it, so the buffer seldom grows.
        output.reserveCapacity(min(table.records.count * keys.reduce(3) { $0 + $1.count + 17 },
                                   ExportFile.chunkSize + (1 << 16)))
        for record in table.records {
            output.append(UInt8(ascii: "{"))
            for (position, (key, value)) in zip(keys, record.values).enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: key)
                append(value, to: &output)
            }
            output.append(contentsOf: lineEnd)
            if output.count >= ExportFile.chunkSize {
                guard output.withUnsafeBytes(consume) else { return }
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { _ = output.withUnsafeBytes(consume) }
    }

    /// The whole file in memory: for small tables.
    public static func render(_ table: Table) -> [UInt8] {
        ExportFile(path: "", render: { stream(table, to: $0) }).bytes
    }

    private static let null = Array("null".utf8)
    private static let yes = Array("true".utf8)
    private static let no = Array("false".utf8)
    private static let lineEnd = Array("}\n".utf8)

    /// Integers, finite numbers, booleans and years bare; objects, arrays and lists as JSON, geopoints
    /// in their field's format; other values (NaN and the infinities included) as their text in a string.
    private static func append(_ value: Value, to output: inout [UInt8]) {
        switch value {
        case let .boolean(flag): output.append(contentsOf: flag ? yes : no)
        case let .integer(number), let .year(number): output.append(contentsOf: String(number).utf8)
        case let .bigInteger(digits): output.append(contentsOf: digits.utf8)
        case let .bigNumber(text) where JSONValue.isNumberText(text): output.append(contentsOf: text.utf8)
        case .null: output.append(contentsOf: null)
        case let .number(number) where number.isFinite: output.append(contentsOf: (value.text ?? "null").utf8)
        case let .json(json): output.append(contentsOf: json.compact.utf8)
        case let .geopoint(point) where point.json != nil: output.append(contentsOf: (point.json?.compact ?? "null").utf8)
        case let .list(items, _):
            output.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                append(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        default:
            guard let text = value.text else { return output.append(contentsOf: null) }
            JSONEscaping.appendQuoted(text, to: &output)
        }
    }
}
