/// A Frictionless Table Schema.
public struct TableSchema: Sendable, Equatable {
    public var fields: [Field]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]
    /// Raw texts that mean "no value" (Table Schema `missingValues`).
    public var missingValues: [String]

    public init(fields: [Field], primaryKey: [String] = [], foreignKeys: [ForeignKey] = [],
                missingValues: [String] = [""]) {
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.missingValues = missingValues
    }

    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    /// The index of the field carrying a readout annotation, if any.
    public func index(annotated annotation: String) -> Int? {
        fields.firstIndex { $0.annotation == annotation }
    }

    public var primaryKeyIndices: [Int] {
        primaryKey.compactMap(index(of:))
    }
}
