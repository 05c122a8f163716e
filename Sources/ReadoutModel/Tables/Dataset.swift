/// Every table of a data package, as read from one data folder.
public struct Dataset: Sendable, Equatable {
    public var package: DataPackage
    /// One table per resource, in the package's resource order.
    public var tables: [Table]

    public init(package: DataPackage, tables: [Table]) {
        self.package = package
        self.tables = tables
    }

    /// An empty table per resource.
    public init(package: DataPackage) {
        self.init(package: package, tables: package.resources.map { Table(name: $0.name, schema: $0.schema) })
    }

    public func table(named name: String) -> Table? {
        tables.first { $0.name == name }
    }

    public var recordCount: Int {
        tables.reduce(0) { $0 + $1.records.count }
    }
}
