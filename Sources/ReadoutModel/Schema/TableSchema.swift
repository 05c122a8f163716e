/// A Frictionless Table Schema.
public struct TableSchema: Sendable, Equatable {
    public var fields: [Field] {
        didSet { primaryKeyIndices = TableSchema.indices(of: primaryKey, in: fields) }
    }
    public var primaryKey: [String] {
        didSet { primaryKeyIndices = TableSchema.indices(of: primaryKey, in: fields) }
    }
    public var foreignKeys: [ForeignKey]
    /// Raw texts that mean "no value" (Table Schema `missingValues`).
    public var missingValues: [String]
    /// v2 `uniqueKeys`: each a set of fields whose values together are unique (rows with a null part excluded).
    public var uniqueKeys: [[String]]
    /// How the header of a tabular file is matched to the fields (v2 `fieldsMatch`).
    public var fieldsMatch: FieldsMatch
    /// Which version of the standard the descriptor follows; v1 matches columns by position.
    public var standard: Standard

    public enum FieldsMatch: String, Sendable, CaseIterable {
        case exact, equal, subset, superset, partial
    }

    public enum Standard: Sendable, Equatable {
        case v1, v2
    }

    public init(fields: [Field], primaryKey: [String] = [], foreignKeys: [ForeignKey] = [],
                missingValues: [String] = [""], uniqueKeys: [[String]] = [], fieldsMatch: FieldsMatch = .exact,
                standard: Standard = .v2) {
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.missingValues = missingValues
        self.uniqueKeys = uniqueKeys
        self.fieldsMatch = fieldsMatch
        self.standard = standard
        primaryKeyIndices = TableSchema.indices(of: primaryKey, in: fields)
    }

    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    /// The index of the field carrying a readout annotation, if any.
    public func index(annotated annotation: String) -> Int? {
        fields.firstIndex { $0.annotation == annotation }
    }

    /// The indices of the primary key's fields; kept with the schema because every record's key
    /// is read through them.
    public private(set) var primaryKeyIndices: [Int]

    private static func indices(of names: [String], in fields: [Field]) -> [Int] {
        names.compactMap { name in fields.firstIndex { $0.name == name } }
    }
}
