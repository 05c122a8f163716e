/// Keyed lookups over a dataset, built once so that rules (and the report) never scan all records per record.
public struct DatasetIndex: Sendable {
    /// One step along a foreign key: the referencing field and the referenced table.
    private struct Step: Sendable {
        let field: Int
        let table: String
    }

    /// Per table: primary key text → position of the first record with that key.
    private let positions: [String: [String: Int]]
    /// Table name → its position in the dataset, so lookups do not scan the tables.
    private let tablePositions: [String: Int]
    /// Per target table, per table: the single-field foreign keys that lead there.
    private let paths: [String: [String: [Step]]]
    /// The table with a `corpus-file` field: the sources.
    public let sourceTable: String?
    /// The table with an `event-date-from` field: the events.
    public let eventTable: String?
    private let dataset: Dataset
    /// Per table (by its position in the dataset), per record: the row of its source, or of its event, in
    /// that table, or -1; empty for a table that leads to none. Followed once here for all the rules that
    /// ask, in 4 bytes a record.
    private var sourceRows: [[Int32]] = []
    private var eventRows: [[Int32]] = []

    public init(dataset: Dataset) {
        self.dataset = dataset
        // Tables are indexed on all the cores, the biggest first.
        let tables = dataset.tables
        let byTable = Parallel.map(tables.count, cost: { tables[$0].records.count }) { position in
            let table = tables[position]
            var byKey: [String: Int] = [:]
            byKey.reserveCapacity(table.records.count)
            for (position, record) in table.records.enumerated() {
                let key = table.key(of: record)
                if byKey[key] == nil { byKey[key] = position }
            }
            return byKey
        }
        positions = Dictionary(zip(tables.map(\.name), byTable), uniquingKeysWith: { first, _ in first })
        tablePositions = Dictionary(dataset.tables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        sourceTable = DatasetIndex.table(.source, in: dataset.package)
        eventTable = DatasetIndex.table(.event, in: dataset.package)
        var paths: [String: [String: [Step]]] = [:]
        for target in [sourceTable, eventTable].compactMap({ $0 }) {
            paths[target] = DatasetIndex.paths(to: target, in: dataset.package)
        }
        self.paths = paths
        sourceRows = rows(to: sourceTable)
        eventRows = rows(to: eventTable)
    }

    /// Every record's row in `target` (see `sourceRows`), the tables on all the cores.
    private func rows(to target: String?) -> [[Int32]] {
        guard let target else { return dataset.tables.map { _ in [] } }
        let tables = dataset.tables
        return Parallel.map(tables.count, cost: { tables[$0].records.count }) { position in
            let table = tables[position]
            guard paths[target]?[table.name] != nil else { return [] }
            return table.records.enumerated().map { row, record in
                Int32(clamping: followRow(record, at: row, in: table.name, to: target) ?? -1)
            }
        }
    }

    public func table(_ name: String) -> Table? {
        tablePositions[name].map { dataset.tables[$0] }
    }

    public func record(in table: String, key: String) -> Record? {
        guard let position = positions[table]?[key], let tableIndex = tablePositions[table] else { return nil }
        return dataset.tables[tableIndex].records[position]
    }

    /// The source record a record comes from, following foreign keys; nil when none leads there.
    public func source(of record: Record, in table: String) -> Record? {
        sourceTable.flatMap { follow(record, in: table, to: $0) }
    }

    /// The event record a record is about (an account, a statement, a claim), following foreign keys.
    public func event(of record: Record, in table: String) -> Record? {
        eventTable.flatMap { follow(record, in: table, to: $0) }
    }

    /// The primary key of the source a record comes from: `source(of:in:)` without copying records.
    public func sourceKey(of record: Record, in table: String) -> String? {
        sourceTable.flatMap { target in followRow(record, in: table, to: target).flatMap { key(ofRow: $0, in: target) } }
    }

    /// The primary key of the event a record is about: `event(of:in:)` without copying records.
    public func eventKey(of record: Record, in table: String) -> String? {
        eventTable.flatMap { target in followRow(record, in: table, to: target).flatMap { key(ofRow: $0, in: target) } }
    }

    /// The source of the record at `row` of the dataset's table at `table`: `source(of:in:)` looked up,
    /// not followed (a rule's loop over the tables and their records knows both positions).
    public func source(ofRow row: Int, inTableAt table: Int) -> Record? {
        sourceTable.flatMap { target in Self.row(sourceRows, row, table).flatMap { self.record(ofRow: $0, in: target) } }
    }

    public func event(ofRow row: Int, inTableAt table: Int) -> Record? {
        eventTable.flatMap { target in Self.row(eventRows, row, table).flatMap { self.record(ofRow: $0, in: target) } }
    }

    public func sourceKey(ofRow row: Int, inTableAt table: Int) -> String? {
        sourceTable.flatMap { target in Self.row(sourceRows, row, table).flatMap { key(ofRow: $0, in: target) } }
    }

    public func eventKey(ofRow row: Int, inTableAt table: Int) -> String? {
        eventTable.flatMap { target in Self.row(eventRows, row, table).flatMap { key(ofRow: $0, in: target) } }
    }

    private static func row(_ rows: [[Int32]], _ row: Int, _ table: Int) -> Int? {
        guard rows.indices.contains(table), rows[table].indices.contains(row), rows[table][row] >= 0 else { return nil }
        return Int(rows[table][row])
    }

    private func record(ofRow row: Int, in table: String) -> Record? {
        tablePositions[table].map { dataset.tables[$0].records[row] }
    }

    private func key(ofRow row: Int, in table: String) -> String? {
        tablePositions[table].map { dataset.tables[$0].key(of: dataset.tables[$0].records[row]) }
    }

    private func follow(_ record: Record, in table: String, to target: String) -> Record? {
        // A record of the target itself is its own, even when an earlier record has its key.
        if paths[target]?[table]?.isEmpty == true { return record }
        return followRow(record, in: table, to: target).flatMap { self.record(ofRow: $0, in: target) }
    }

    /// The row in `target` of the record a path ends at (each step a one-field primary key); a record
    /// of `target` itself is its own (`row` when known, else the first record with its key).
    private func followRow(_ record: Record, at row: Int? = nil, in table: String, to target: String) -> Int? {
        guard let path = paths[target]?[table] else { return nil }
        guard !path.isEmpty else { return row ?? self.table(table).flatMap { positions[table]?[$0.key(of: record)] } }
        var values = record.values
        for (number, step) in path.enumerated() {
            guard let key = values[step.field].text, let position = positions[step.table]?[key],
                  let tableIndex = tablePositions[step.table] else { return nil }
            if number == path.count - 1 { return position }
            values = dataset.tables[tableIndex].records[position].values
        }
        return nil
    }

    /// The table that plays `role`: the first with a field annotated with the role's defining annotation.
    public static func table(_ role: TableRole, in package: DataPackage) -> String? {
        package.resources.first { $0.schema.has(role.defining) }?.name
    }

    /// The tables whose records can be traced to `target` (itself included), as the rules trace them.
    public static func tables(leadingTo target: String, in package: DataPackage) -> Set<String> {
        Set(paths(to: target, in: package).keys)
    }

    /// Shortest foreign-key paths to `target`, breadth first over single-field keys that reference a
    /// primary key (so each step is one keyed lookup); a table's first such key wins.
    private static func paths(to target: String, in package: DataPackage) -> [String: [Step]] {
        var paths: [String: [Step]] = [target: []]
        var frontier = [target]
        while !frontier.isEmpty {
            var next: [String] = []
            for resource in package.resources where paths[resource.name] == nil {
                for key in resource.schema.foreignKeys where key.fields.count == 1 {
                    let referenced = key.referencedTable(from: resource.name)
                    guard frontier.contains(referenced), let referencedPath = paths[referenced],
                          package.resource(named: referenced)?.schema.primaryKey == key.referencedFields,
                          let field = resource.schema.index(of: key.fields[0]) else { continue }
                    paths[resource.name] = [Step(field: field, table: referenced)] + referencedPath
                    next.append(resource.name)
                    break
                }
            }
            frontier = next
        }
        return paths
    }
}
