/// Where a value or record was written: a file, a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as the user named it (relative to where readout runs).
    public var file: String
    public var line: Int
    public var column: Int
    /// For tables read from CSV or JSON Lines: the record number (a quoted CSV field can span lines).
    public var record: Int?

    public init(file: String, line: Int, column: Int, record: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.record = record
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
