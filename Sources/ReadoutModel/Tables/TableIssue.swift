/// A structure problem a reader found in a table file (a ragged row, a header label that does not match
/// the schema...): readers record them on the table and keep reading; the `table.*` rules report them.
public struct TableIssue: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A cell beyond the header's width.
        case extraCell
        /// A cell the header has that a short row lacks.
        case missingCell
        /// A row whose cells are all empty, or an empty line: not a record.
        case blankRow
        /// An empty header label.
        case blankLabel
        /// A header label that repeats an earlier one.
        case duplicateLabel
        /// A header label that is not the name of the field at its position (fields matched by position).
        case incorrectLabel
        /// A header label the schema does not declare.
        case extraLabel
        /// A field the schema declares that the header lacks.
        case missingLabel
        /// A quote inside an unquoted field (or text after a closing quote), read as written.
        case strayQuote
        /// The resource's files hold another number of bytes than its `bytes` says (text: the count found).
        case resourceBytes
        /// The resource's files hash to another value than its `hash` says (text: the hash found).
        case resourceHash
    }

    public var kind: Kind
    /// Where: the file, line and cell (column), and for rows the record number.
    public var location: SourceLocation
    /// The label or cell text involved, as written.
    public var text: String?
    /// The schema field involved (the one expected at the position, or the one missing); for the
    /// resource kinds, the declared value.
    public var field: String?

    public init(_ kind: Kind, at location: SourceLocation, text: String? = nil, field: String? = nil) {
        self.kind = kind
        self.location = location
        self.text = text
        self.field = field
    }
}

extension Table {
    /// Fields the table's file has no column for: `table.missing-label` reports each once, so the
    /// rules about values leave them alone rather than repeat it on every row.
    public var fieldsWithoutColumn: Set<String> {
        Set(issues.filter { $0.kind == .missingLabel }.compactMap(\.field))
    }
}
