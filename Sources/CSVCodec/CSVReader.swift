import CLibCSV

/// A parsed CSV row: nil for an empty unquoted cell, "" for `""`.
public struct CSVRow: Sendable, Equatable {
    public var fields: [String?]
    /// The physical line the row starts on (1-based); a quoted field can span lines.
    public var line: Int
    /// The row's number among the rows (1-based, the header included).
    public var record: Int

    public init(fields: [String?], line: Int, record: Int) {
        self.fields = fields
        self.line = line
        self.record = record
    }
}

/// Why CSV text could not be parsed, and where.
public struct CSVParseError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
}

/// Parses RFC 4180 CSV through libcsv in strict mode.
public enum CSVReader {
    /// Every row at once; `CSVRowReader` hands them out one by one.
    public static func parse(_ input: [UInt8]) throws(CSVParseError) -> [CSVRow] {
        let reader = try CSVRowReader(input)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }
}

/// Hands out the rows of CSV text one at a time, so a reader can turn each into a record and drop it
/// before the next is parsed, rather than holding every row of a large table at once.
///
/// Strips a UTF-8 BOM; accepts CRLF or LF; spaces around fields are data, not padding.
public final class CSVRowReader {
    private let body: ArraySlice<UInt8>
    private var start: Int
    private var lineNumber = 0
    private var parser = csv_parser()
    private let state = ParseState()
    private var finished = false

    public init(_ input: [UInt8]) throws(CSVParseError) {
        var body = input[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = UTF8Check.firstInvalidLine(body) {
            throw CSVParseError(line: bad, message: "the file is not valid UTF-8")
        }
        self.body = body
        start = body.startIndex
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL)) == 0 else {
            throw CSVParseError(line: 1, message: "libcsv could not start")
        }
        csv_set_space_func(&parser, { _ in 0 })
    }

    /// A reader of one part of a text (see CSVSplitter) whose encoding the caller has checked.
    public init(_ input: [UInt8], part: CSVPart) throws(CSVParseError) {
        body = input[part.range]
        start = body.startIndex
        lineNumber = part.firstLine - 1
        state.rowCount = part.firstRecord - 1
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL)) == 0 else {
            throw CSVParseError(line: part.firstLine, message: "libcsv could not start")
        }
        csv_set_space_func(&parser, { _ in 0 })
    }

    /// The byte offset in the input up to which rows have been handed out (rows end at line ends).
    public var position: Int { start }
    /// The physical line the next row starts on.
    public var nextLine: Int { lineNumber + 1 }
    /// Whether every row up to `position` has been handed out and none has begun: where a text can be cut.
    public var isAtRowBoundary: Bool { state.rows.isEmpty && state.fields.isEmpty && parser.pstate == 0 }

    deinit {
        csv_free(&parser)
    }

    /// The next row, or nil after the last.
    public func next() throws(CSVParseError) -> CSVRow? {
        let context = Unmanaged.passUnretained(state).toOpaque()
        // Line by line, so that a row's first physical line is known and errors name their line.
        while state.rows.isEmpty {
            if start < body.endIndex {
                lineNumber += 1
                let end = body[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? body.endIndex
                if state.fields.isEmpty && parser.pstate == 0 { state.rowStart = lineNumber }
                let chunk = body[start..<end]
                let consumed = chunk.withUnsafeBytes { bytes in
                    csv_parse(&parser, bytes.baseAddress, bytes.count, fieldCallback, rowCallback, context)
                }
                if consumed != chunk.count {
                    throw CSVParseError(line: lineNumber, message: errorMessage())
                }
                start = end
            } else if !finished {
                finished = true
                if csv_fini(&parser, fieldCallback, rowCallback, context) != 0 {
                    throw CSVParseError(line: max(lineNumber, 1), message: errorMessage())
                }
            } else {
                return nil
            }
        }
        return state.rows.removeFirst()
    }

    private func errorMessage() -> String {
        let code = csv_error(&parser)
        if code == CSV_EPARSE { return "malformed quoting (a quote inside an unquoted field, or an unclosed quote)" }
        return String(cString: csv_strerror(code)).lowercased()
    }
}

/// Accumulates libcsv's callbacks; a class so that C can hold a pointer to it.
private final class ParseState {
    var fields: [String?] = []
    /// Rows parsed but not yet handed out: at most the few that end on one physical line.
    var rows: [CSVRow] = []
    var rowCount = 0
    var rowStart = 1
}

private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    bytes, count, context in
    guard let context else { return }
    let state = Unmanaged<ParseState>.fromOpaque(context).takeUnretainedValue()
    guard let bytes else {
        state.fields.append(nil)
        return
    }
    state.fields.append(String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self))
}

private let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    guard let context else { return }
    let state = Unmanaged<ParseState>.fromOpaque(context).takeUnretainedValue()
    state.rowCount += 1
    state.rows.append(CSVRow(fields: state.fields, line: state.rowStart, record: state.rowCount))
    state.fields = []
}
