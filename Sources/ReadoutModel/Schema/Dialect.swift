/// A Table Dialect (datapackage.org v2, CSV Dialect in v1): how a resource's file is laid out.
public struct Dialect: Sendable, Equatable {
    public var delimiter: String = ","
    /// nil: CRLF or LF, as found.
    public var lineTerminator: String?
    public var quoteChar: String = "\""
    public var doubleQuote = true
    public var escapeChar: String?
    /// A text that means null wherever it stands as a whole cell (in addition to missingValues).
    public var nullSequence: String?
    public var skipInitialSpace = false
    public var header = true
    /// The rows (1-based) that hold the header; more than one are joined with `headerJoin`.
    public var headerRows: [Int] = [1]
    public var headerJoin: String = " "
    public var commentChar: String?
    /// Rows (1-based) that are comments, whatever they hold.
    public var commentRows: [Int] = []
    /// Structured JSON: the property that holds the rows, and whether rows are arrays or objects.
    public var property: String?
    public var itemType: ItemType?
    /// For rows that are objects: the keys to read, in order.
    public var itemKeys: [String]?
    public var caseSensitiveHeader = false

    public enum ItemType: String, Sendable, Equatable {
        case array, object
    }

    public init() {}
}
