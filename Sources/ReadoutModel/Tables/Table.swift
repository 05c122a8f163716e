/// The records of one resource, in the order they were read.
public struct Table: Sendable, Equatable {
    public var name: String
    public var schema: TableSchema
    public var records: [Record]
    /// What the records were read from; nil for a table built in memory.
    public var format: TableFormat?
    /// Structure problems found while reading (see TableIssue), in file order.
    public var issues: [TableIssue]

    public enum TableFormat: String, Sendable, Equatable {
        case yaml, csv, jsonl, json
    }

    public init(name: String, schema: TableSchema, records: [Record] = [], format: TableFormat? = nil,
                issues: [TableIssue] = []) {
        self.name = name
        self.schema = schema
        self.records = records
        self.format = format
        self.issues = issues
    }

    /// The primary key of a record as text: its key values joined by `/` (empty parts for nulls).
    public func key(of record: Record) -> String {
        let indices = schema.primaryKeyIndices
        switch indices.count {
        case 0: return "#\(record.location.line)"
        case 1: return record.values[indices[0]].text ?? ""
        default: return indices.map { record.values[$0].text ?? "" }.joined(separator: "/")
        }
    }

    /// Records by primary key text; the first record wins where keys repeat.
    public func recordsByKey() -> [String: Record] {
        var index: [String: Record] = [:]
        for record in records where index[key(of: record)] == nil {
            index[key(of: record)] = record
        }
        return index
    }
}
