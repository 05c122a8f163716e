import CSVCodec
import Foundation
import ReadoutModel

/// Reads a CSV table (header row first) into records of a schema, through libcsv.
enum CSVTableReader {
    /// `unguard` removes the exporter's formula guard from text cells.
    static func records(_ data: [UInt8], file: String, schema: TableSchema, unguard: Bool) throws(InputError) -> [Record] {
        let rows: [CSVRow]
        do {
            rows = try CSVReader.parse(data)
        } catch {
            throw InputError(file: file, line: error.line, message: "invalid CSV: " + error.message)
        }
        guard let header = rows.first else { throw InputError(file: file, line: 1, message: "the file is empty: a CSV table needs a header row") }
        let names = header.fields.map { $0 ?? "" }
        var seen = Set<String>()
        for (position, name) in names.enumerated() where !seen.insert(name).inserted {
            throw InputError(file: file, line: header.line, column: position + 1, message: "column '\(name)' appears twice in the header")
        }
        let columns = names.map { schema.index(of: $0) }
        let casters = schema.fields.map { FieldCaster(field: $0, missingValues: schema.missingValues) }
        var records: [Record] = []
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            guard row.fields.count == names.count else {
                throw InputError(file: file, line: row.line, message: "record \(row.record - 1) has \(row.fields.count) fields where the header has \(names.count)")
            }
            var values = [Value](repeating: .null, count: schema.fields.count)
            var locations = [SourceLocation?](repeating: nil, count: schema.fields.count)
            let location = SourceLocation(file: file, line: row.line, column: 1, record: row.record - 1)
            for (position, cell) in row.fields.enumerated() {
                guard let index = columns[position] else { continue }
                locations[index] = SourceLocation(file: file, line: row.line, column: position + 1, record: row.record - 1)
                guard let cell else { continue }
                let text = unguard && schema.fields[index].type == .string ? FormulaGuard.unguarded(cell) : cell
                values[index] = casters[index].cast(text)
            }
            var unknown: [Record.UnknownField] = []
            if records.isEmpty {
                // Unknown columns are reported once, at the header, through the first record.
                for (position, name) in names.enumerated() where columns[position] == nil {
                    unknown.append(Record.UnknownField(name: name, location: SourceLocation(file: file, line: header.line, column: position + 1)))
                }
            }
            records.append(Record(values: values, valueLocations: locations, location: location, unknownFields: unknown))
        }
        return records
    }
}
