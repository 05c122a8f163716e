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

    public init(fields: [Field], primaryKey: [String] = [], foreignKeys: [ForeignKey] = [],
                missingValues: [String] = [""]) {
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.missingValues = missingValues
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
