import CSVCodec
import ReadoutModel

/// A table as RFC 4180 CSV: a header of field names, then one row per record in schema order.
public enum CSVTableWriter {
    /// The CSV in chunks of about `ExportFile.chunkSize`, stopping when `consume` returns false.
    public static func stream(_ table: Table, options: ExportOptions, to consume: ExportFile.Consumer) {
        // A chunk and some room for the row that fills it, so the buffer seldom grows.
        var writer = CSVWriter(byteOrderMark: options.byteOrderMark,
                               capacity: min((table.records.count + 1) * table.schema.fields.count * 20,
                                             ExportFile.chunkSize + (1 << 16)))
        writer.writeRow(table.schema.fields.map(\.name))
        // Guarding text only: a negative number must stay a number.
        let guarded = table.schema.fields.map { options.formulaGuard && $0.type == .string }
        for record in table.records {
            for (guarded, value) in zip(guarded, record.values) {
                writer.write(guarded ? value.text.map(FormulaGuard.guarded) : value.text)
            }
            writer.endRow()
            if writer.byteCount >= ExportFile.chunkSize, !writer.drain(consume) { return }
        }
        if writer.byteCount > 0 { _ = writer.drain(consume) }
    }

    /// The whole CSV in memory: for small tables.
    public static func render(_ table: Table, options: ExportOptions) -> [UInt8] {
        ExportFile(path: "", render: { stream(table, options: options, to: $0) }).bytes
    }
}
