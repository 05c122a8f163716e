import CSVCodec
import ReadoutModel

/// Reads a CSV table (header row first) into records of a schema, through libcsv.
enum CSVTableReader {
    /// Texts above this size are cut into parts parsed on all the cores.
    static let partSize = 4 << 20

    /// `unguard` removes the exporter's formula guard from text cells. Rows become records as they
    /// are parsed, so a table is never held twice (as rows and as records).
    static func records(_ data: [UInt8], file: String, schema: TableSchema, unguard: Bool,
                        progress: RunProgress? = nil, partSize: Int = partSize) throws(InputError) -> [Record] {
        let reader: CSVRowReader
        do { reader = try CSVRowReader(data) } catch { throw invalid(error, file) }
        guard let header = try next(reader, file) else {
            throw InputError(file: file, line: 1, message: "the file is empty: a CSV table needs a header row")
        }
        let table = try RowCaster(header: header, file: file, schema: schema, unguard: unguard)
        if reader.isAtRowBoundary, data.count - reader.position > 2 * partSize,
           let records = inParts(data, after: reader, caster: table, progress: progress, partSize: partSize) {
            return records
        }
        var records: [Record] = []
        while let row = try next(reader, file) {
            records.append(try table.record(row, first: records.isEmpty))
            if records.count % RunProgress.batch == 0 { progress?.add(records: RunProgress.batch) }
        }
        progress?.add(records: records.count % RunProgress.batch)
        return records
    }

    /// The rows after the header, cut into parts and read on all the cores; nil when a part fails or
    /// does not hold the rows the cut predicted (malformed quoting, bare CR line ends), so that the
    /// one-piece read reports the problem exactly as it would have.
    private static func inParts(_ data: [UInt8], after header: CSVRowReader, caster: RowCaster,
                                progress: RunProgress?, partSize: Int) -> [Record]? {
        let parts = CSVSplitter.split(data, from: header.position, firstLine: header.nextLine, firstRecord: 2,
                                      parts: (data.count - header.position) / partSize)
        let read = Parallel.map(parts.count, cost: { parts[$0].range.count }) { index -> [Record]? in
            var records: [Record] = []
            do {
                let reader = try CSVRowReader(data, part: parts[index])
                while let row = try reader.next() {
                    records.append(try caster.record(row, first: index == 0 && records.isEmpty))
                }
            } catch {
                return nil
            }
            progress?.add(records: records.count)
            return records
        }
        for (index, records) in read.enumerated() {
            guard let records else { return nil }
            if index + 1 < parts.count, records.count != parts[index + 1].firstRecord - parts[index].firstRecord { return nil }
        }
        return read.flatMap { $0 ?? [] }
    }

    private static func next(_ reader: CSVRowReader, _ file: String) throws(InputError) -> CSVRow? {
        do { return try reader.next() } catch { throw invalid(error, file) }
    }

    private static func invalid(_ error: CSVParseError, _ file: String) -> InputError {
        InputError(file: file, line: error.line, message: "invalid CSV: " + error.message)
    }
}

/// Turns the rows of one CSV table into records, by the columns its header names.
private struct RowCaster: Sendable {
    let file: String
    let columns: [Int?]
    /// Per schema field, its column (1-based; 0 when the file lacks it): one array for every record.
    let fieldColumns: [Int32]
    let casters: [FieldCaster]
    let unguarded: [Bool]
    /// Unknown columns are reported once, at the header, through the first record.
    let unknown: [Record.UnknownField]

    init(header: CSVRow, file: String, schema: TableSchema, unguard: Bool) throws(InputError) {
        let names = header.fields.map { $0 ?? "" }
        var seen = Set<String>()
        for (position, name) in names.enumerated() where !seen.insert(name).inserted {
            throw InputError(file: file, line: header.line, column: position + 1, message: "column '\(name)' appears twice in the header")
        }
        self.file = file
        columns = names.map { schema.index(of: $0) }
        fieldColumns = schema.fields.indices.map { [columns] field in
            columns.firstIndex(of: field).map { Int32($0 + 1) } ?? 0
        }
        casters = schema.fields.map { FieldCaster(field: $0, missingValues: schema.missingValues) }
        unguarded = schema.fields.map { unguard && $0.type == .string }
        unknown = names.indices.filter { [columns] in columns[$0] == nil }.map { position in
            Record.UnknownField(name: names[position], location: SourceLocation(file: file, line: header.line, column: position + 1))
        }
    }

    func record(_ row: CSVRow, first: Bool) throws(InputError) -> Record {
        guard row.fields.count == columns.count else {
            throw InputError(file: file, line: row.line, message: "record \(row.record - 1) has \(row.fields.count) fields where the header has \(columns.count)")
        }
        var values = [Value](repeating: .null, count: casters.count)
        for (position, cell) in row.fields.enumerated() {
            guard let index = columns[position], let cell else { continue }
            values[index] = casters[index].cast(unguarded[index] ? FormulaGuard.unguarded(cell) : cell)
        }
        return Record(values: values, columns: fieldColumns,
                      location: SourceLocation(file: file, line: row.line, column: 1, record: row.record - 1),
                      unknownFields: first ? unknown : [])
    }
}
