import ReadoutModel

/// A table as JSON Lines: one object per record, every key on every line, in schema order.
///
/// Every key is written, null included, because polars and DuckDB infer columns from the first lines.
public enum JSONLinesTableWriter {
    public static func render(_ table: Table) -> [UInt8] {
        var output = ""
        for record in table.records {
            output += JSONValue.object(zip(table.schema.fields, record.values).map { field, value in
                (field.name, json(value))
            }).compact
            output += "\n"
        }
        return Array(output.utf8)
    }

    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: return .null
        case let .integer(number): return .integer(number)
        case let .number(number): return .number(number)
        case let .boolean(flag): return .bool(flag)
        case let .year(year): return .integer(year)
        default: return value.text.map(JSONValue.string) ?? .null
        }
    }
}
