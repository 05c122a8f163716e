import CSVCodec
import ReadoutModel

/// A resource's Table Dialect as the CSV reader applies it, with what readout cannot honour refused by name.
struct CSVLayout: Sendable {
    var codec: CSVDialect
    /// The rows (1-based, among all the file's rows) that make the header; empty when `header` is false.
    var headerRows: [Int]
    var headerJoin: String
    var commentRows: Set<Int>
    var nullSequence: String?
    var caseSensitiveHeader: Bool

    /// The row numbers before the first data row: the last header row (0 without a header).
    var dataStart: Int { headerRows.last ?? 0 }

    init(_ dialect: Dialect, standard: TableSchema.Standard, file: String) throws(InputError) {
        func refuse(_ property: String, _ reason: String) -> InputError {
            InputError(file: file, message: "dialect \(property): \(reason)")
        }
        guard !dialect.delimiter.isEmpty else { throw refuse("delimiter", "is empty") }
        guard !dialect.delimiter.contains(where: { $0 == "\n" || $0 == "\r" }) else {
            throw refuse("delimiter", "holds a line break")
        }
        guard dialect.quoteChar.count == 1 else { throw refuse("quoteChar", "must be one character") }
        guard dialect.quoteChar != dialect.delimiter else { throw refuse("quoteChar", "is the delimiter") }
        if let escape = dialect.escapeChar {
            guard escape.count == 1 else { throw refuse("escapeChar", "must be one character") }
            guard escape != dialect.quoteChar || !dialect.doubleQuote else {
                throw refuse("escapeChar", "is the quote character while doubleQuote is true")
            }
        } else if !dialect.doubleQuote {
            // libcsv always reads a doubled quote inside a quoted field as one quote.
            throw refuse("doubleQuote", "false is read only with an escapeChar: libcsv always reads a doubled quote inside a quoted field as one quote")
        }
        var terminator = dialect.lineTerminator
        if let given = terminator {
            guard !given.isEmpty else { throw refuse("lineTerminator", "is empty") }
            // CR, LF and CRLF are all accepted as row ends whichever of them is declared.
            if ["\r\n", "\n", "\r"].contains(given) { terminator = nil }
        }
        if let comment = dialect.commentChar, comment.isEmpty { throw refuse("commentChar", "is empty") }
        guard dialect.headerRows.allSatisfy({ $0 >= 1 }), dialect.headerRows == dialect.headerRows.sorted(),
              Set(dialect.headerRows).count == dialect.headerRows.count else {
            throw refuse("headerRows", "must be increasing row numbers from 1")
        }
        guard dialect.commentRows.allSatisfy({ $0 >= 1 }) else { throw refuse("commentRows", "must be row numbers from 1") }
        codec = CSVDialect(delimiter: dialect.delimiter, quote: dialect.quoteChar, escape: dialect.escapeChar,
                           skipInitialSpace: dialect.skipInitialSpace, lineTerminator: terminator,
                           commentPrefix: dialect.commentChar)
        headerRows = dialect.header ? (dialect.headerRows.isEmpty ? [1] : dialect.headerRows) : []
        headerJoin = dialect.headerJoin
        commentRows = Set(dialect.commentRows)
        nullSequence = dialect.nullSequence
        // caseSensitiveHeader is a v1 CSV Dialect property (default false); v2 removed it, and names match exactly.
        caseSensitiveHeader = standard == .v2 || dialect.caseSensitiveHeader
    }
}
