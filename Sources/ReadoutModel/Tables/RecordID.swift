/// A record's identity across the tables of a dataset: its table's name and its primary key as text
/// (`Table.key(of:)`). What sets of left-out records and lookups by record hold, instead of joined strings.
public struct RecordID: Sendable, Hashable, Comparable {
    public var table: String
    public var key: String

    public init(table: String, key: String) {
        self.table = table
        self.key = key
    }

    /// By table, then by key: the order of the `table` + NUL + `key` strings this type replaces, for
    /// table names without NUL (a key holding one sorts by its parts, where the joined text could not).
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        (lhs.table, lhs.key) < (rhs.table, rhs.key)
    }
}

extension Table {
    public func id(of record: Record) -> RecordID {
        RecordID(table: name, key: key(of: record))
    }
}

extension RecordReference {
    /// Nil for a finding about no table's record (a file, a review, a rule configuration).
    public var id: RecordID? {
        table.map { RecordID(table: $0, key: key) }
    }
}
