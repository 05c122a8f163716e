/// A Table Schema foreign key; `resource` is nil when it refers to its own table.
public struct ForeignKey: Sendable, Equatable {
    public var fields: [String]
    public var resource: String?
    public var referencedFields: [String]

    public init(fields: [String], resource: String?, referencedFields: [String]) {
        self.fields = fields
        self.resource = resource
        self.referencedFields = referencedFields
    }

    /// The referenced table's name, given the name of the table that holds this key.
    public func referencedTable(from table: String) -> String {
        resource ?? table
    }
}
