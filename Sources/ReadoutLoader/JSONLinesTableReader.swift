import CSVCodec
import ReadoutModel

/// Reads a JSON Lines table (one object per line) into records of a schema.
enum JSONLinesTableReader {
    static func records(_ data: [UInt8], file: String, schema: TableSchema, progress: RunProgress? = nil) throws(InputError) -> [Record] {
        try read(data, origin: LineOrigin(file: file), schema: schema, progress: progress).records
    }

    /// `data` is UTF-8 (a BOM is skipped); `origin` maps its lines to the files they came from.
    static func read(_ data: [UInt8], origin: LineOrigin, schema: TableSchema,
                     progress: RunProgress? = nil) throws(InputError) -> CSVTableReader.Read {
        var data = data[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        if let line = UTF8Check.firstInvalidLine(data) {
            let place = origin.locate(line: line, column: 1)
            throw InputError(file: place.file, line: place.line, message: "the file is not valid UTF-8")
        }
        let casters = schema.fields.map { FieldCaster(field: $0, missingValues: $0.missingValues(inSchema: schema.missingValues)) }
        var records: [Record] = []
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            var line = data[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            start = end == data.endIndex ? end : end + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let members: [JSONLineParser.Member]
            do {
                members = try JSONLineParser.members(of: line)
            } catch {
                let place = origin.locate(line: lineNumber, column: error.column)
                throw InputError(at: place, "invalid JSON: " + error.message)
            }
            records.append(record(members, casters: casters, schema: schema,
                                  location: origin.locate(line: lineNumber, column: 1, record: records.count + 1)))
            if records.count % RunProgress.batch == 0 { progress?.add(records: RunProgress.batch) }
        }
        progress?.add(records: records.count % RunProgress.batch)
        return CSVTableReader.Read(records: records, issues: [])
    }

    private static func record(_ members: [JSONLineParser.Member], casters: [FieldCaster], schema: TableSchema,
                               location: SourceLocation) -> Record {
        var values = [Value](repeating: .null, count: casters.count)
        var positions = [Record.FieldPosition](repeating: .absent, count: casters.count)
        var unknown: [Record.UnknownField] = []
        for member in members {
            guard let index = schema.index(of: member.key) else {
                unknown.append(Record.UnknownField(name: member.key, location: SourceLocation(
                    file: location.file, line: location.line, column: member.column, record: location.record)))
                continue
            }
            positions[index] = Record.FieldPosition(line: location.line, column: member.column)
            values[index] = cast(member.value, with: casters[index])
        }
        return Record(values: values, fieldPositions: positions, location: location, unknownFields: unknown)
    }

    /// JSON strings cast like CSV text (dates are strings); numbers and booleans only to their own kinds.
    private static func cast(_ scalar: JSONLineParser.Scalar, with caster: FieldCaster) -> Value {
        switch (scalar, caster.field.type) {
        case (.null, _): return .null
        case let (.string(text), _): return caster.cast(text)
        case let (.number(text), .integer), let (.number(text), .number), let (.number(text), .year):
            return caster.cast(text)
        case let (.bool(flag), .boolean): return .boolean(flag)
        case let (.number(text), _): return .invalid(text)
        case let (.bool(flag), _): return .invalid(flag ? "true" : "false")
        case (.array, _): return .invalid("(a list)")
        case (.object, _): return .invalid("(an object)")
        }
    }
}
