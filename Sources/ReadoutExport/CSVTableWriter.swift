import CSVCodec
import ReadoutModel

/// A table as RFC 4180 CSV: a header of field names, then one row per record in schema order.
public enum CSVTableWriter {
    public static func render(_ table: Table, options: ExportOptions) -> [UInt8] {
        // A guess (about 20 bytes a cell) that spares most of the regrowth of a big table's buffer.
        var writer = CSVWriter(byteOrderMark: options.byteOrderMark,
                               capacity: (table.records.count + 1) * table.schema.fields.count * 20)
        writer.writeRow(table.schema.fields.map(\.name))
        // Guarding text only: a negative number must stay a number.
        let guarded = table.schema.fields.map { options.formulaGuard && $0.type == .string }
        for record in table.records {
            for (guarded, value) in zip(guarded, record.values) {
                writer.write(guarded ? value.text.map(FormulaGuard.guarded) : value.text)
            }
            writer.endRow()
        }
        return writer.finish()
    }
}
