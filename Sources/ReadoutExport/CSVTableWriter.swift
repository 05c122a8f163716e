import CSVCodec
import ReadoutModel

/// A table as RFC 4180 CSV: a header of field names, then one row per record in schema order.
public enum CSVTableWriter {
    public static func render(_ table: Table, options: ExportOptions) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: options.byteOrderMark)
        writer.writeRow(table.schema.fields.map(\.name))
        for record in table.records {
            writer.writeRow(zip(table.schema.fields, record.values).map { field, value in
                guard let text = value.text else { return nil }
                // Guarding text only: a negative number must stay a number.
                return options.formulaGuard && field.type == .string ? FormulaGuard.guarded(text) : text
            })
        }
        return writer.bytes
    }
}
