import ReadoutModel

/// Keyed lookups over a dataset, built once so that rules never scan all records per record.
public struct DatasetIndex: Sendable {
    /// Per table: primary key text → position of the first record with that key.
    private let positions: [String: [String: Int]]
    /// Per table: the chain of single-field foreign keys that leads to the source table.
    private let sourcePaths: [String: [(field: Int, table: String)]]
    public let sourceTable: String?
    private let dataset: Dataset

    public init(dataset: Dataset) {
        self.dataset = dataset
        var positions: [String: [String: Int]] = [:]
        for table in dataset.tables {
            var byKey: [String: Int] = [:]
            for (position, record) in table.records.enumerated() where byKey[table.key(of: record)] == nil {
                byKey[table.key(of: record)] = position
            }
            positions[table.name] = byKey
        }
        self.positions = positions
        let source = dataset.tables.first { $0.schema.has(.corpusFile) }?.name
        sourceTable = source
        sourcePaths = source.map { DatasetIndex.paths(to: $0, in: dataset.package) } ?? [:]
    }

    public func record(in table: String, key: String) -> Record? {
        guard let position = positions[table]?[key], let table = dataset.table(named: table) else { return nil }
        return table.records[position]
    }

    /// The source record a record comes from, following foreign keys; nil when none leads there.
    public func source(of record: Record, in table: String) -> Record? {
        guard let path = sourcePaths[table] else { return nil }
        var current = record
        for step in path {
            guard let key = current.values[step.field].text, let next = self.record(in: step.table, key: key) else {
                return nil
            }
            current = next
        }
        return current
    }

    /// Whether records of `table` can be traced to a source at all.
    public func leadsToSource(_ table: String) -> Bool {
        sourcePaths[table] != nil
    }

    /// Shortest foreign-key paths to the source table, breadth first over single-field keys
    /// that reference a primary key (so each step is one keyed lookup).
    private static func paths(to source: String, in package: DataPackage) -> [String: [(field: Int, table: String)]] {
        var paths: [String: [(field: Int, table: String)]] = [source: []]
        var frontier = [source]
        while !frontier.isEmpty {
            var next: [String] = []
            for resource in package.resources where paths[resource.name] == nil {
                for key in resource.schema.foreignKeys where key.fields.count == 1 {
                    let target = key.referencedTable(from: resource.name)
                    guard frontier.contains(target), let targetPath = paths[target],
                          package.resource(named: target)?.schema.primaryKey == key.referencedFields,
                          let field = resource.schema.index(of: key.fields[0]) else { continue }
                    paths[resource.name] = [(field, target)] + targetPath
                    next.append(resource.name)
                    break
                }
            }
            frontier = next
        }
        return paths
    }
}
