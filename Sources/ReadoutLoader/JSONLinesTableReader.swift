import CSVCodec
import ReadoutModel

/// Reads a JSON Lines table (one row per line) or a structured JSON table (Table Dialect `property`,
/// `itemType`, `itemKeys`) into records of a schema.
///
/// A row is an object (cells by key; a key the schema lacks is reported by schema.unknown-field) or an
/// array (cells by position: the first array is the header unless the dialect's `header` is false, and
/// it is matched to the fields as a CSV header is, with the same table issues for ragged rows).
enum JSONLinesTableReader {
    static func records(_ data: [UInt8], file: String, schema: TableSchema, progress: RunProgress? = nil) throws(InputError) -> [Record] {
        try read(data, origin: LineOrigin(file: file), schema: schema, progress: progress).records
    }

    /// `data` is UTF-8 (a BOM is skipped); `origin` maps its lines to the files they came from.
    /// A line longer than `limits.line`, or a row of more than `limits.cellsPerRow` cells, is an error.
    static func read(_ data: [UInt8], origin: LineOrigin, schema: TableSchema, dialect: Dialect = Dialect(),
                     progress: RunProgress? = nil, limits: InputLimits = .standard) throws(InputError) -> CSVTableReader.Read {
        let data = try text(data, origin)
        var rows = JSONRows(schema: schema, dialect: dialect, origin: origin)
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            var line = data[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            start = end == data.endIndex ? end : end + 1
            guard line.count <= limits.line else {
                throw InputError(at: origin.locate(line: lineNumber, column: 1),
                                 "the line is longer than \(InputLimits.describe(bytes: limits.line)), the most readout reads in one line")
            }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let row: JSONLineParser.Row
            do {
                row = try JSONLineParser.row(of: line, maximumCells: limits.cellsPerRow)
            } catch {
                throw InputError(at: origin.locate(line: lineNumber, column: error.column), "invalid JSON: " + error.message)
            }
            try rows.add(row, line: lineNumber, columnOffset: 0)
            if rows.records.count % RunProgress.batch == 0 { progress?.add(records: RunProgress.batch) }
        }
        progress?.add(records: rows.records.count % RunProgress.batch)
        return CSVTableReader.Read(records: rows.records, issues: rows.issues)
    }

    /// A structured JSON table: an array of rows, or an object whose member `dialect.property` is one.
    static func readJSON(_ data: [UInt8], origin: LineOrigin, schema: TableSchema, dialect: Dialect) throws(InputError) -> CSVTableReader.Read {
        let data = try text(data, origin)
        var lineStarts: [Int] = [data.startIndex]
        for index in data.indices where data[index] == 0x0A { lineStarts.append(index + 1) }
        func place(_ offset: Int) -> (line: Int, column: Int) {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return (low + 1, offset - lineStarts[low] + 1)
        }
        let parsed: [(row: JSONLineParser.Row, offset: Int)]
        do {
            parsed = try JSONLineParser.rows(of: data, property: dialect.property)
        } catch {
            let at = place(data.startIndex + error.column - 1)
            throw InputError(at: origin.locate(line: at.line, column: at.column), "invalid JSON: " + error.message)
        }
        var rows = JSONRows(schema: schema, dialect: dialect, origin: origin)
        for (row, offset) in parsed {
            let at = place(offset)
            // Cell columns are offsets in the whole text: make them columns of the row's line.
            try rows.add(row, line: at.line, columnOffset: lineStarts[at.line - 1] - data.startIndex)
        }
        return CSVTableReader.Read(records: rows.records, issues: rows.issues)
    }

    private static func text(_ data: [UInt8], _ origin: LineOrigin) throws(InputError) -> ArraySlice<UInt8> {
        var data = data[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        if let line = UTF8Check.firstInvalidLine(data) {
            throw InputError(at: origin.locate(line: line, column: 1), "the file is not valid UTF-8")
        }
        return data
    }
}

/// Turns JSON rows into records, one kind of row per table.
private struct JSONRows {
    let schema: TableSchema
    let dialect: Dialect
    let origin: LineOrigin
    let casters: [FieldCaster]
    var records: [Record] = []
    var issues: [TableIssue] = []
    /// For array rows (or object rows read by `itemKeys`): how the columns feed the fields, once known.
    private var match: HeaderMatch?
    private var kind: Dialect.ItemType?
    private var rowNumber = 0

    init(schema: TableSchema, dialect: Dialect, origin: LineOrigin) {
        self.schema = schema
        self.dialect = dialect
        self.origin = origin
        casters = schema.fields.map { FieldCaster(field: $0, missingValues: $0.missingValues(inSchema: schema.missingValues)) }
        kind = dialect.itemType
        if !dialect.header { match = HeaderMatch(positional: schema) }
        if let keys = dialect.itemKeys {
            let header = HeaderMatch(labels: keys, schema: schema, caseSensitive: true, at: origin.locate(line: 1, column: 1))
            match = header
            issues = header.issues
        }
    }

    /// `columnOffset`: what to take from the cells' columns to make them columns of `line`.
    mutating func add(_ row: JSONLineParser.Row, line: Int, columnOffset: Int) throws(InputError) {
        rowNumber += 1
        let location = origin.locate(line: line, column: 1)
        switch row {
        case let .object(members):
            guard kind != .array else { throw InputError(at: location, "the row is an object where the rows are arrays") }
            kind = .object
            if dialect.itemKeys != nil {
                var byKey: [String: JSONLineParser.Member] = [:]
                for member in members { byKey[member.key] = member }
                // An object lacking a key has a null there (column 0: not written).
                var cells: [JSONLineParser.Element] = []
                for key in dialect.itemKeys ?? [] {
                    let member = byKey[key]
                    cells.append(JSONLineParser.Element(value: member?.value ?? JSONLineParser.Scalar.null, column: member?.column ?? 0))
                }
                append(cells, line: line, columnOffset: columnOffset)
            } else {
                records.append(record(members, line: line, columnOffset: columnOffset))
            }
        case let .array(elements):
            guard kind != .object else { throw InputError(at: location, "the row is an array where the rows are objects") }
            kind = .array
            guard match != nil else {
                let labels: [String] = elements.map { JSONRows.text($0.value) ?? "" }
                let header = HeaderMatch(labels: labels, schema: schema, caseSensitive: true, at: location)
                match = header
                issues.append(contentsOf: header.issues)
                return
            }
            append(elements, line: line, columnOffset: columnOffset)
        }
    }

    private mutating func append(_ cells: [JSONLineParser.Element], line: Int, columnOffset: Int) {
        guard let match else { return }
        let number = records.count + 1
        let location = origin.locate(line: line, column: 1, record: number)
        func at(_ column: Int) -> SourceLocation {
            var place = location
            place.column = column
            return place
        }
        if cells.count > match.width {
            for cell in cells[match.width...] {
                issues.append(TableIssue(.extraCell, at: at(cell.column - columnOffset), text: JSONRows.text(cell.value)))
            }
        } else if cells.count < match.width {
            for position in cells.count..<match.width {
                issues.append(TableIssue(.missingCell, at: at(position + 1), field: match.fieldOfColumn[position].map { schema.fields[$0].name }))
            }
        }
        var values = [Value](repeating: .null, count: casters.count)
        var positions = [Record.FieldPosition](repeating: .absent, count: casters.count)
        for (position, cell) in cells.prefix(match.width).enumerated() {
            guard let index = match.fieldOfColumn[position], cell.column > 0 else { continue }
            positions[index] = Record.FieldPosition(line: location.line, column: cell.column - columnOffset)
            values[index] = JSONRows.cast(cell.value, with: casters[index])
        }
        records.append(Record(values: values, fieldPositions: positions, location: location))
    }

    private func record(_ members: [JSONLineParser.Member], line: Int, columnOffset: Int) -> Record {
        let location = origin.locate(line: line, column: 1, record: records.count + 1)
        var values = [Value](repeating: .null, count: casters.count)
        var positions = [Record.FieldPosition](repeating: .absent, count: casters.count)
        var unknown: [Record.UnknownField] = []
        for member in members {
            let column = member.column - columnOffset
            guard let index = schema.index(of: member.key) else {
                var place = location
                place.column = column
                unknown.append(Record.UnknownField(name: member.key, location: place))
                continue
            }
            positions[index] = Record.FieldPosition(line: location.line, column: column)
            values[index] = JSONRows.cast(member.value, with: casters[index])
        }
        return Record(values: values, fieldPositions: positions, location: location, unknownFields: unknown)
    }

    static func text(_ scalar: JSONLineParser.Scalar) -> String? {
        switch scalar {
        case let .string(text), let .number(text): return text
        case let .bool(flag): return flag ? "true" : "false"
        case .null: return nil
        case let .nested(value): return value.compact
        }
    }

    /// JSON strings cast like CSV text (dates are strings); numbers keep their digits for integer,
    /// number and year fields; everything else is a JSON value for the caster's JSON rules.
    static func cast(_ scalar: JSONLineParser.Scalar, with caster: FieldCaster) -> Value {
        switch (scalar, caster.field.type) {
        case (.null, _): return .null
        case let (.string(text), _): return caster.cast(text)
        case let (.number(text), .integer), let (.number(text), .number), let (.number(text), .year):
            return caster.cast(text)
        default: return caster.cast(json: scalar.json)
        }
    }
}
