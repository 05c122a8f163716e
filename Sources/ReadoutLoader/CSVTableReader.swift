import CSVCodec
import ReadoutModel

/// Reads a CSV table (header row first) into records of a schema, through libcsv.
enum CSVTableReader {
    /// `unguard` removes the exporter's formula guard from text cells. Rows become records as they
    /// are parsed, so a table is never held twice (as rows and as records).
    static func records(_ data: [UInt8], file: String, schema: TableSchema, unguard: Bool,
                        progress: RunProgress? = nil) throws(InputError) -> [Record] {
        let invalid = { (error: CSVParseError) in InputError(file: file, line: error.line, message: "invalid CSV: " + error.message) }
        let rows: CSVRowReader
        do { rows = try CSVRowReader(data) } catch { throw invalid(error) }
        func nextRow() throws(InputError) -> CSVRow? {
            do { return try rows.next() } catch { throw invalid(error) }
        }
        guard let header = try nextRow() else {
            throw InputError(file: file, line: 1, message: "the file is empty: a CSV table needs a header row")
        }
        let names = header.fields.map { $0 ?? "" }
        var seen = Set<String>()
        for (position, name) in names.enumerated() where !seen.insert(name).inserted {
            throw InputError(file: file, line: header.line, column: position + 1, message: "column '\(name)' appears twice in the header")
        }
        let columns = names.map { schema.index(of: $0) }
        let casters = schema.fields.map { FieldCaster(field: $0, missingValues: schema.missingValues) }
        let unguarded = schema.fields.map { unguard && $0.type == .string }
        // Unknown columns are reported once, at the header, through the first record.
        var unknown = names.indices.filter { columns[$0] == nil }.map { position in
            Record.UnknownField(name: names[position], location: SourceLocation(file: file, line: header.line, column: position + 1))
        }
        var records: [Record] = []
        while let row = try nextRow() {
            guard row.fields.count == names.count else {
                throw InputError(file: file, line: row.line, message: "record \(row.record - 1) has \(row.fields.count) fields where the header has \(names.count)")
            }
            var values = [Value](repeating: .null, count: casters.count)
            var positions = [Record.FieldPosition](repeating: .absent, count: casters.count)
            for (position, cell) in row.fields.enumerated() {
                guard let index = columns[position] else { continue }
                positions[index] = Record.FieldPosition(line: row.line, column: position + 1)
                guard let cell else { continue }
                values[index] = casters[index].cast(unguarded[index] ? FormulaGuard.unguarded(cell) : cell)
            }
            records.append(Record(values: values, fieldPositions: positions,
                                  location: SourceLocation(file: file, line: row.line, column: 1, record: row.record - 1),
                                  unknownFields: unknown))
            unknown = []
            if records.count % RunProgress.batch == 0 { progress?.add(records: RunProgress.batch) }
        }
        progress?.add(records: records.count % RunProgress.batch)
        return records
    }
}
