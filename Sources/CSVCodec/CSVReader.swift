import CLibCSV

/// A parsed CSV row: nil for an empty unquoted cell, "" for `""`.
public struct CSVRow: Sendable, Equatable {
    /// A cell that holds a quote inside an unquoted field, or text after a closing quote: read as written.
    public struct StrayQuote: Sendable, Equatable {
        /// The cell (1-based) and the physical line the quote is on.
        public var cell: Int
        public var line: Int
        public init(cell: Int, line: Int) {
            self.cell = cell
            self.line = line
        }
    }

    public var fields: [String?]
    /// The physical line the row starts on (1-based); a quoted field can span lines.
    public var line: Int
    /// The row's number among the rows of the file (1-based: header, blank and comment rows counted).
    public var record: Int
    public var strayQuotes: [StrayQuote]

    public init(fields: [String?], line: Int, record: Int, strayQuotes: [StrayQuote] = []) {
        self.fields = fields
        self.line = line
        self.record = record
        self.strayQuotes = strayQuotes
    }

    /// An empty line, or only empty cells.
    public var isBlank: Bool { fields.allSatisfy { $0?.isEmpty ?? true } }
}

/// Why CSV text could not be split into rows, and where.
public struct CSVParseError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
    /// The text passed one of InputLimits' bounds: it may be CSV, but too large to read.
    public var exceedsLimit = false
}

/// Parses CSV through libcsv.
public enum CSVReader {
    /// Every row at once; `CSVRowReader` hands them out one by one.
    public static func parse(_ input: [UInt8], dialect: CSVDialect = CSVDialect(),
                             limits: InputLimits = .standard) throws(CSVParseError) -> [CSVRow] {
        let reader = try CSVRowReader(input, dialect: dialect, limits: limits)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }
}

/// Hands out the rows of CSV text one at a time, so a reader can turn each into a record and drop it
/// before the next is parsed, rather than holding every row of a large table at once.
///
/// Strips a UTF-8 BOM; accepts CR, LF or CRLF; spaces around fields are data, not padding. Empty lines
/// are rows (of no cells), so that a caller can report them. A quote inside an unquoted field, or text
/// after a closing quote, is kept as written and marked on its row (libcsv runs in strict mode and the
/// offending byte alone is read leniently); only a quote left open at the end of the text is an error.
/// A cell longer than `limits.cell` or a row of more than `limits.cellsPerRow` cells is an error as
/// soon as libcsv has gathered that much: the text is given to libcsv in pieces, checked between them.
public final class CSVRowReader {
    /// The text libcsv reads: the input, or its translation for a dialect libcsv cannot read itself.
    public let text: [UInt8]
    private let end: Int
    private var start: Int
    private var lineNumber = 0
    private var parser = csv_parser()
    private let state: ParseState
    private var finished = false
    private let dialect: CSVDialect
    private let limits: InputLimits
    private static let options = UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_REPALL_NL)
    /// libcsv's parser states (csv.c): a field begun, and a quote seen inside a quoted field.
    private static let fieldBegun: Int32 = 2
    /// The most libcsv is given at once: libcsv's buffer holds at most `limits.cell` and this.
    private static let piece = 1 << 20

    public init(_ input: [UInt8], dialect: CSVDialect = CSVDialect(), limits: InputLimits = .standard) throws(CSVParseError) {
        var body = input[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = UTF8Check.firstInvalidLine(body) {
            throw CSVParseError(line: bad, message: "the file is not valid UTF-8")
        }
        if dialect.needsTranslation {
            text = CSVTranslation.translate(body, dialect)
            start = 0
        } else {
            text = input
            start = body.startIndex
        }
        end = text.count
        self.dialect = dialect
        self.limits = limits
        state = ParseState(dialect: dialect, limits: limits)
        try setUp(line: 1)
    }

    /// A reader of one part of `text` (see CSVSplitter), already checked and translated by a whole-text reader.
    public init(text: [UInt8], part: CSVPart, dialect: CSVDialect = CSVDialect(),
                limits: InputLimits = .standard) throws(CSVParseError) {
        self.text = text
        start = part.range.lowerBound
        end = part.range.upperBound
        lineNumber = part.firstLine - 1
        self.dialect = dialect
        self.limits = limits
        state = ParseState(dialect: dialect, limits: limits)
        state.rowCount = part.firstRecord - 1
        try setUp(line: part.firstLine)
    }

    private func setUp(line: Int) throws(CSVParseError) {
        guard csv_init(&parser, Self.options) == 0 else {
            throw CSVParseError(line: line, message: "libcsv could not start")
        }
        // Whitespace is data: libcsv would otherwise trim spaces and tabs around unquoted fields.
        csv_set_space_func(&parser, noSpace)
        csv_set_delim(&parser, dialect.delimiterByte)
        csv_set_quote(&parser, dialect.quoteByte)
    }

    /// The byte offset in `text` up to which rows have been handed out (rows end at line ends).
    public var position: Int { start }
    /// The physical line the next row starts on.
    public var nextLine: Int { lineNumber + 1 }
    /// The number the next row will have.
    public var nextRecord: Int { state.rowCount + 1 }
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
            if start < end {
                lineNumber += 1
                let lineEnd = text[start..<end].firstIndex(of: 0x0A).map { $0 + 1 } ?? end
                let atBoundary = state.fields.isEmpty && parser.pstate == 0
                if atBoundary { state.rowStart = lineNumber }
                if atBoundary, let prefix = dialect.commentPrefix, text[start..<lineEnd].starts(with: prefix) {
                    // A comment line is a row of the file, for row numbers, but never given to libcsv.
                    state.rowCount += 1
                    state.lastEndedWithCR = false
                    start = lineEnd
                    continue
                }
                try feed(start..<lineEnd, context)
                start = lineEnd
            } else if !finished {
                finished = true
                if csv_fini(&parser, fieldCallback, rowCallback, context) != 0 {
                    throw CSVParseError(line: max(state.rowStart, 1), message: errorMessage())
                }
                try checkLimits()
            } else {
                return nil
            }
        }
        return state.rows.removeFirst()
    }

    /// Gives libcsv one line, in pieces; a strict-mode stop is a stray quote, noted, its byte read leniently.
    private func feed(_ range: Range<Int>, _ context: UnsafeMutableRawPointer) throws(CSVParseError) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            var stop = min(range.upperBound, cursor + Self.piece)
            try checkLimits()
            if dialect.skipInitialSpace {
                // Only a space where no field has begun is skipped: libcsv's state says which.
                let space = text[cursor..<stop].firstIndex(of: 0x20) ?? stop
                if space == cursor {
                    csv_set_space_func(&parser, parser.pstate < Self.fieldBegun ? initialSpace : noSpace)
                    stop = cursor + 1
                } else {
                    stop = space
                }
            }
            let consumed = text.withUnsafeBytes { bytes in
                csv_parse(&parser, bytes.baseAddress.map { $0 + cursor }, stop - cursor, fieldCallback, rowCallback, context)
            }
            guard cursor + consumed < stop else {
                cursor = stop
                continue
            }
            let stray = CSVRow.StrayQuote(cell: state.fields.count + 1, line: lineNumber)
            if state.strayQuotes.last != stray { state.strayQuotes.append(stray) }
            // Read on as an unquoted field holding what was written (csv.h exposes the state for this).
            let bad = cursor + consumed
            parser.pstate = Self.fieldBegun
            parser.quoted = 0
            _ = csv_set_opts(&parser, Self.options & ~UInt8(CSV_STRICT))
            _ = text.withUnsafeBytes { bytes in
                csv_parse(&parser, bytes.baseAddress.map { $0 + bad }, 1, fieldCallback, rowCallback, context)
            }
            _ = csv_set_opts(&parser, Self.options)
            cursor = bad + 1
        }
        try checkLimits()
    }

    /// Refuses a cell (gathered, or still gathering) or a row past the limits; and lets libcsv's cell
    /// buffer grow by doubling (it grows by `blk_size`, 128 bytes by default: half a million
    /// reallocations for a cell of 64 MiB).
    private func checkLimits() throws(CSVParseError) {
        if state.cellTooLong || Int(parser.entry_pos) > limits.cell {
            throw CSVParseError(line: max(state.rowStart, 1),
                                message: "the row on this line has a cell longer than \(InputLimits.describe(bytes: limits.cell)), the most readout reads in one cell",
                                exceedsLimit: true)
        }
        if state.tooManyCells {
            throw CSVParseError(line: max(state.rowStart, 1),
                                message: "the row on this line has more than \(limits.cellsPerRow) cells, the most readout reads in one row",
                                exceedsLimit: true)
        }
        let size = Int(parser.entry_size)
        csv_set_blk_size(&parser, max(4096, min(size, limits.cell + Self.piece - size)))
    }

    private func errorMessage() -> String {
        let code = csv_error(&parser)
        if code == CSV_EPARSE { return "unclosed quote: the quoted field of the row on this line runs to the end of the file" }
        return String(cString: csv_strerror(code)).lowercased()
    }
}

/// Accumulates libcsv's callbacks; a class so that C can hold a pointer to it.
private final class ParseState {
    let dialect: CSVDialect
    let translated: Bool
    let maximumCells: Int
    let maximumCell: Int
    /// A cell came past `maximumCells` in the current row: it was dropped, and the reader refuses the row.
    var tooManyCells = false
    /// A cell longer than `maximumCell` was gathered within one piece: the reader refuses its row.
    var cellTooLong = false
    var fields: [String?] = []
    var strayQuotes: [CSVRow.StrayQuote] = []
    /// Rows parsed but not yet handed out: at most the few that end on one physical line.
    var rows: [CSVRow] = []
    var rowCount = 0
    var rowStart = 1
    /// The last row ended with CR: an empty row ended by the LF right after it is that CRLF's second half.
    var lastEndedWithCR = false

    init(dialect: CSVDialect, limits: InputLimits) {
        self.dialect = dialect
        maximumCells = limits.cellsPerRow
        maximumCell = limits.cell
        translated = dialect.needsTranslation
    }
}

private let noSpace: @convention(c) (UInt8) -> Int32 = { _ in 0 }
private let initialSpace: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 ? 1 : 0 }

private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    bytes, count, context in
    guard let context else { return }
    let state = Unmanaged<ParseState>.fromOpaque(context).takeUnretainedValue()
    guard state.fields.count < state.maximumCells else {
        state.tooManyCells = true
        return
    }
    if count > state.maximumCell { state.cellTooLong = true }
    guard let bytes else {
        state.fields.append(nil)
        return
    }
    let buffer = UnsafeRawBufferPointer(start: bytes, count: count)
    if state.translated {
        state.fields.append(String(decoding: CSVTranslation.restore(buffer, state.dialect), as: UTF8.self))
    } else {
        state.fields.append(String(decoding: buffer, as: UTF8.self))
    }
}

private let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, context in
    guard let context else { return }
    let state = Unmanaged<ParseState>.fromOpaque(context).takeUnretainedValue()
    let endedWithCR = terminator == 0x0D
    defer { state.lastEndedWithCR = endedWithCR }
    if state.fields.isEmpty && terminator == 0x0A && state.lastEndedWithCR { return }
    state.rowCount += 1
    state.rows.append(CSVRow(fields: state.fields, line: state.rowStart, record: state.rowCount, strayQuotes: state.strayQuotes))
    state.fields = []
    state.strayQuotes = []
}
