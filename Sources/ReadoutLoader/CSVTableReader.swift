import CSVCodec
import ReadoutModel

/// Reads a CSV table into records of a schema, through libcsv, with the structure problems it finds
/// (ragged rows, blank rows, header labels, stray quotes) as table issues: reading goes on after them.
enum CSVTableReader {
    /// Texts above this size are cut into parts parsed on all the cores.
    static let partSize = 4 << 20

    struct Read: Sendable, Equatable {
        var records: [Record]
        var issues: [TableIssue]
    }

    /// `data` is UTF-8. `unguard` removes the exporter's formula guard from text cells. Rows become
    /// records as they are parsed, so a table is never held twice (as rows and as records).
    /// `origin` maps a line of `data` to the file and line it came from (the parts of a multipart resource).
    static func read(_ data: [UInt8], file: String, schema: TableSchema, dialect: Dialect = Dialect(),
                     unguard: Bool, origin: LineOrigin? = nil, progress: RunProgress? = nil,
                     partSize: Int = partSize, limits: InputLimits = .standard) throws(InputError) -> Read {
        let origin = origin ?? LineOrigin(file: file)
        let layout = try CSVLayout(dialect, standard: schema.standard, file: file)
        let reader: CSVRowReader
        do { reader = try CSVRowReader(data, dialect: layout.codec, limits: limits) } catch { throw invalid(error, origin) }
        var headerRows: [CSVRow] = []
        var issues: [TableIssue] = []
        while headerRows.count < layout.headerRows.count, let row = try next(reader, origin) {
            if layout.headerRows.contains(row.record) { headerRows.append(row) }
        }
        let match: HeaderMatch
        if layout.headerRows.isEmpty {
            match = HeaderMatch(positional: schema)
        } else {
            guard let first = headerRows.first else {
                throw InputError(file: file, line: 1, message: "the file is empty: a CSV table needs a header row")
            }
            match = HeaderMatch(labels: labels(headerRows, join: layout.headerJoin), schema: schema,
                                caseSensitive: layout.caseSensitiveHeader, at: origin.locate(line: first.line, column: 1))
            issues += match.issues
            for row in headerRows { issues += strayQuotes(row, record: nil, origin) }
        }
        let caster = RowCaster(match: match, schema: schema, layout: layout, origin: origin, unguard: unguard)
        if reader.isAtRowBoundary, reader.text.count - reader.position > 2 * partSize,
           let read = try inParts(after: reader, caster: caster, progress: progress, partSize: partSize, limits: limits) {
            return Read(records: read.records, issues: issues + read.issues)
        }
        var records: [Record] = []
        while let row = try next(reader, origin) {
            if let record = caster.record(row, issues: &issues) { records.append(record) }
            if records.count % RunProgress.batch == 0 { progress?.add(records: RunProgress.batch) }
        }
        progress?.add(records: records.count % RunProgress.batch)
        return Read(records: records, issues: issues)
    }

    /// The labels of one header row, or of several joined column by column (Table Dialect `headerRows`);
    /// a header row's empty cell takes the label to its left, as a merged cell spans columns.
    private static func labels(_ rows: [CSVRow], join: String) -> [String] {
        guard rows.count > 1 else { return rows.first?.fields.map { $0 ?? "" } ?? [] }
        let width = rows.map(\.fields.count).max() ?? 0
        var parts = [[String]](repeating: [], count: width)
        for row in rows {
            var last = ""
            for column in 0..<width {
                let cell = column < row.fields.count ? row.fields[column] ?? "" : ""
                if !cell.isEmpty { last = cell }
                if !last.isEmpty { parts[column].append(last) }
            }
        }
        return parts.map { $0.joined(separator: join) }
    }

    static func strayQuotes(_ row: CSVRow, record: Int?, _ origin: LineOrigin) -> [TableIssue] {
        row.strayQuotes.map { stray in
            var location = origin.locate(line: stray.line, column: stray.cell)
            location.record = record
            let text = stray.cell <= row.fields.count ? row.fields[stray.cell - 1] : nil
            return TableIssue(.strayQuote, at: location, text: text ?? nil)
        }
    }

    /// The rows after the header, cut into parts and read on all the cores; nil when a part fails or
    /// does not hold the rows the cut predicted (an unclosed quote, a stray one that misleads the cut,
    /// bare CR line ends), so that the one-piece read reports the problem exactly as it would have. A part
    /// that passes a limit, after parts that read well, is the error the one-piece read would stop at.
    private static func inParts(after header: CSVRowReader, caster: RowCaster, progress: RunProgress?,
                                partSize: Int, limits: InputLimits) throws(InputError) -> Read? {
        let dialect = caster.layout.codec
        // Comment lines may hold quotes that are no field's: the quote-parity cut cannot see past them.
        guard dialect.commentPrefix == nil else { return nil }
        let text = header.text
        let parts = CSVSplitter.split(text, from: header.position, firstLine: header.nextLine, firstRecord: header.nextRecord,
                                      parts: (text.count - header.position) / partSize, quote: dialect.quoteByte)
        let read = Parallel.map(parts.count, cost: { parts[$0].range.count }) { index -> Result<Read, CSVParseError>? in
            var records: [Record] = []
            var issues: [TableIssue] = []
            do throws(CSVParseError) {
                let reader = try CSVRowReader(text: text, part: parts[index], dialect: dialect, limits: limits)
                while let row = try reader.next() {
                    if let record = caster.record(row, issues: &issues) { records.append(record) }
                }
                if index + 1 < parts.count, reader.nextRecord != parts[index + 1].firstRecord { return nil }
            } catch {
                return error.exceedsLimit ? .failure(error) : nil
            }
            progress?.add(records: records.count)
            return .success(Read(records: records, issues: issues))
        }
        var whole = Read(records: [], issues: [])
        for outcome in read {
            guard let outcome else { return nil }
            let part: Read
            switch outcome {
            case let .success(read): part = read
            case let .failure(error): throw invalid(error, caster.origin)
            }
            whole.records += part.records
            whole.issues += part.issues
        }
        return whole
    }

    private static func next(_ reader: CSVRowReader, _ origin: LineOrigin) throws(InputError) -> CSVRow? {
        do { return try reader.next() } catch { throw invalid(error, origin) }
    }

    private static func invalid(_ error: CSVParseError, _ origin: LineOrigin) -> InputError {
        let place = origin.locate(line: error.line, column: 1)
        return InputError(file: place.file, line: place.line, message: (error.exceedsLimit ? "" : "invalid CSV: ") + error.message)
    }
}

/// Turns the data rows of one CSV table into records, by the columns its header feeds to fields.
private struct RowCaster: Sendable {
    let match: HeaderMatch
    let layout: CSVLayout
    let origin: LineOrigin
    /// Per schema field, its column (1-based; 0 when the file lacks it): one array for every record.
    let fieldColumns: [Int32]
    let casters: [FieldCaster]
    let unguarded: [Bool]
    let fieldNames: [String]

    init(match: HeaderMatch, schema: TableSchema, layout: CSVLayout, origin: LineOrigin, unguard: Bool) {
        self.match = match
        self.layout = layout
        self.origin = origin
        fieldColumns = match.fieldColumns(fieldCount: schema.fields.count)
        casters = schema.fields.map { FieldCaster(field: $0, missingValues: $0.missingValues(inSchema: schema.missingValues)) }
        unguarded = schema.fields.map { unguard && $0.type == .string }
        fieldNames = schema.fields.map(\.name)
    }

    /// The row's record, or nil for a row that holds none (header, comment or blank rows), its
    /// problems added to `issues`; a ragged row's cells that do have a column are still read.
    func record(_ row: CSVRow, issues: inout [TableIssue]) -> Record? {
        guard row.record > layout.dataStart, !layout.commentRows.contains(row.record) else { return nil }
        let number = row.record - layout.dataStart
        let location = origin.locate(line: row.line, column: 1, record: number)
        if row.isBlank {
            issues.append(TableIssue(.blankRow, at: location))
            return nil
        }
        issues += CSVTableReader.strayQuotes(row, record: number, origin)
        let width = match.width
        if row.fields.count > width {
            for column in width..<row.fields.count {
                issues.append(TableIssue(.extraCell, at: at(location, column + 1), text: row.fields[column] ?? ""))
            }
        } else if row.fields.count < width {
            for column in row.fields.count..<width {
                issues.append(TableIssue(.missingCell, at: at(location, column + 1), field: match.fieldOfColumn[column].map { fieldNames[$0] }))
            }
        }
        var values = [Value](repeating: .null, count: casters.count)
        for (position, cell) in row.fields.prefix(width).enumerated() {
            guard let index = match.fieldOfColumn[position] else { continue }
            let text = cell ?? ""
            if let null = layout.nullSequence, text == null { continue }
            // The seam for typed cells (JSON values) is FieldCaster; CSV cells are always text.
            values[index] = casters[index].cast(unguarded[index] ? FormulaGuard.unguarded(text) : text)
        }
        if isAllMissing(row, values) {
            issues.append(TableIssue(.blankRow, at: location))
            return nil
        }
        return Record(values: values, columns: fieldColumns, location: location)
    }

    /// A full-width row whose every cell is a missing value of its field (`NA,NA`), and whose cells
    /// without a field are empty: it holds no data, so it is a blank row, as one of empty cells is.
    private func isAllMissing(_ row: CSVRow, _ values: [Value]) -> Bool {
        guard row.fields.count == match.width, values.allSatisfy(\.isNull) else { return false }
        return row.fields.indices.allSatisfy { position in
            match.fieldOfColumn[position] != nil || (row.fields[position] ?? "").isEmpty
        }
    }

    private func at(_ location: SourceLocation, _ column: Int) -> SourceLocation {
        var place = location
        place.column = column
        return place
    }
}
