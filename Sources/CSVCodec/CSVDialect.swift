/// How a delimited text is laid out, in UTF-8 bytes (a Table Dialect, checked by the caller).
///
/// libcsv splits on one delimiter byte and one quote byte, ends rows at CR or LF, and knows no escape
/// character nor comments. What it cannot do is handled around it, never by a second parser:
/// - a delimiter or quote of several bytes (`||`, `§`), an escape character or a line terminator other
///   than CR/LF/CRLF: a byte pre-pass (`CSVTranslation`) replaces them with bytes that never occur in
///   UTF-8 (0xF8-0xFE) before libcsv reads the text, and the cells are mapped back after;
/// - `skipInitialSpace` (leading spaces only: libcsv's space function trims both ends): the reader
///   swaps the space function before each space byte by libcsv's own state (a field begun or not);
/// - comment lines: a line that starts with the prefix at a row boundary is not given to libcsv.
public struct CSVDialect: Sendable, Equatable {
    public var delimiter: [UInt8] = Array(",".utf8)
    public var quote: [UInt8] = Array("\"".utf8)
    /// One character that makes the next one literal (delimiter, quote, line break or itself).
    public var escape: [UInt8]?
    /// Spaces right after a delimiter (or at a row's start) are not part of the field.
    public var skipInitialSpace = false
    /// nil: CR, LF or CRLF, as found.
    public var lineTerminator: [UInt8]?
    /// Lines starting with these bytes are comments (not rows).
    public var commentPrefix: [UInt8]?

    public init(delimiter: String = ",", quote: String = "\"", escape: String? = nil, skipInitialSpace: Bool = false,
                lineTerminator: String? = nil, commentPrefix: String? = nil) {
        self.delimiter = Array(delimiter.utf8)
        self.quote = Array(quote.utf8)
        self.escape = escape.map { Array($0.utf8) }
        self.skipInitialSpace = skipInitialSpace
        self.lineTerminator = lineTerminator.map { Array($0.utf8) }
        self.commentPrefix = commentPrefix.map { Array($0.utf8) }
    }

    /// The byte libcsv quotes with after the pre-pass (what CSVSplitter counts for quote parity).
    public var quoteByte: UInt8 { needsTranslation && !isSingleASCII(quote) ? CSVTranslation.quote : quote[0] }
    var delimiterByte: UInt8 { needsTranslation && !isSingleASCII(delimiter) ? CSVTranslation.delimiter : delimiter[0] }

    /// Whether libcsv can read the text as it is, without the pre-pass.
    public var needsTranslation: Bool {
        !isSingleASCII(delimiter) || !isSingleASCII(quote) || escape != nil || lineTerminator != nil
    }

    private func isSingleASCII(_ bytes: [UInt8]) -> Bool {
        bytes.count == 1 && bytes[0] < 0x80 && bytes[0] != 0x0A && bytes[0] != 0x0D
    }
}

/// The byte pre-pass for what libcsv cannot read itself (see CSVDialect): context-free substitutions,
/// each undone in the cells libcsv hands back.
public enum CSVTranslation {
    static let delimiter: UInt8 = 0xF8
    static let quote: UInt8 = 0xF9
    static let literalDelimiter: UInt8 = 0xFA
    static let literalQuote: UInt8 = 0xFB
    static let literalLF: UInt8 = 0xFC
    static let literalCR: UInt8 = 0xFD
    static let literalTerminator: UInt8 = 0xFE

    /// The text libcsv reads: the delimiter and quote as one byte each, escaped characters and (with a
    /// custom line terminator) CR and LF as bytes that never occur in UTF-8, the terminator as LF.
    /// The input must be valid UTF-8, so no byte of it is one of the substitutes.
    public static func translate(_ input: ArraySlice<UInt8>, _ dialect: CSVDialect) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        let delimiterByte = dialect.delimiterByte, quoteByte = dialect.quoteByte
        let terminator = dialect.lineTerminator
        let custom = terminator != nil
        var position = input.startIndex
        func matches(_ bytes: [UInt8]?, at index: Int) -> Bool {
            guard let bytes, !bytes.isEmpty, input.endIndex - index >= bytes.count else { return false }
            return input[index..<(index + bytes.count)].elementsEqual(bytes)
        }
        while position < input.endIndex {
            if let escape = dialect.escape, matches(escape, at: position), position + escape.count < input.endIndex {
                let next = position + escape.count
                if matches(dialect.delimiter, at: next) {
                    output.append(literalDelimiter)
                    position = next + dialect.delimiter.count
                } else if matches(dialect.quote, at: next) {
                    output.append(literalQuote)
                    position = next + dialect.quote.count
                } else if custom, matches(terminator, at: next) {
                    output.append(literalTerminator)
                    position = next + (terminator?.count ?? 1)
                } else if input[next] == 0x0A || input[next] == 0x0D {
                    output.append(input[next] == 0x0A ? literalLF : literalCR)
                    position = next + 1
                } else {
                    // Any other character (the escape itself included) stands for itself.
                    output.append(input[next])
                    position = next + 1
                }
            } else if custom, matches(terminator, at: position) {
                output.append(0x0A)
                position += terminator?.count ?? 1
            } else if matches(dialect.delimiter, at: position) {
                output.append(delimiterByte)
                position += dialect.delimiter.count
            } else if matches(dialect.quote, at: position) {
                output.append(quoteByte)
                position += dialect.quote.count
            } else if custom, input[position] == 0x0A || input[position] == 0x0D {
                output.append(input[position] == 0x0A ? literalLF : literalCR)
                position += 1
            } else {
                output.append(input[position])
                position += 1
            }
        }
        return output
    }

    /// A cell's bytes as written: every substitute back to what it stands for.
    static func restore(_ bytes: UnsafeRawBufferPointer, _ dialect: CSVDialect) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let custom = dialect.lineTerminator != nil
        for byte in bytes {
            switch byte {
            case delimiter, literalDelimiter: output.append(contentsOf: dialect.delimiter)
            case quote, literalQuote: output.append(contentsOf: dialect.quote)
            case literalLF: output.append(0x0A)
            case literalCR: output.append(0x0D)
            case literalTerminator: output.append(contentsOf: dialect.lineTerminator ?? [0x0A])
            case 0x0A where custom: output.append(contentsOf: dialect.lineTerminator ?? [0x0A])
            default: output.append(byte)
            }
        }
        return output
    }
}
