import ReadoutModel

/// The records fit for release: those without error findings, and those whose references still resolve.
public enum CleanTables {
    /// The outcome: the clean dataset, and the records left out only because what they refer to was.
    public struct Selection: Sendable {
        public var dataset: Dataset
        public var cascaded: [Finding]
    }

    public static let cascadeRuleID = "export.excluded-reference"

    /// Records are sorted by primary key.
    public static func select(from dataset: Dataset, excluding excluded: Set<RecordID>) -> Selection {
        let tables = dataset.tables
        // Each record's key, id and references, made once (table by table on all the cores):
        // the passes below look them up again and again.
        let prepared = Parallel.map(tables.count, cost: { tables[$0].records.count }) { position in
            let table = tables[position]
            let keys = table.records.map(table.key(of:))
            return (keys: keys, ids: keys.map { RecordID(table: table.name, key: $0) }, references: foreignReferences(of: table, in: dataset))
        }
        let keys = prepared.map(\.keys), ids = prepared.map(\.ids), references = prepared.map(\.references)
        var left = excluded
        // The keys of the records kept when a pass begins, by table, updated between passes: one left out
        // during a pass counts as kept until the next, which decides which pass, so where, its orphans are found.
        var kept: [String: Set<String>] = [:]
        for (position, table) in tables.enumerated() {
            kept[table.name] = Set(zip(keys[position], ids[position]).filter { !left.contains($0.1) }.map(\.0))
        }
        var cascaded: [Finding] = []
        var changed = true
        // Leaving a record out can orphan another that refers to it: repeat until nothing changes.
        while changed {
            changed = false
            var leftInPass: [(table: String, key: String)] = []
            for (position, table) in tables.enumerated() {
                for (target, targetKeys) in references[position] {
                    let targetKept = kept[target] ?? []
                    // The common case first and alone: a reference to a kept record, one lookup.
                    for (index, targetKey) in targetKeys.enumerated() {
                        guard let targetKey, !targetKept.contains(targetKey), !left.contains(ids[position][index]),
                              left.contains(RecordID(table: target, key: targetKey)) else { continue }
                        left.insert(ids[position][index])
                        leftInPass.append((table.name, keys[position][index]))
                        changed = true
                        cascaded.append(Finding(
                            ruleID: cascadeRuleID, severity: .info,
                            message: "left out of the export because it refers to \(target) \(targetKey), which is left out",
                            subject: RecordReference(table: table.name, key: keys[position][index],
                                                     location: table.records[index].location)))
                    }
                }
            }
            for (table, key) in leftInPass { kept[table]?.remove(key) }
        }
        let leftOut = left
        // Nil for a table with nothing left out and already in order: it keeps its records as they are.
        let selected = Parallel.map(tables.count, cost: { tables[$0].records.count }) { position -> [Record]? in
            let table = tables[position]
            let keyFields = table.schema.primaryKeyIndices
            let stay = table.records.indices.filter { !leftOut.contains(ids[position][$0]) }
            let order = sortedPositions(stay.map { index in keyFields.map { table.records[index].values[$0] } })
            guard stay.count < table.records.count || order != nil else { return nil }
            return (order?.map { stay[$0] } ?? stay).map { table.records[$0] }
        }
        var clean = dataset
        for (position, records) in selected.enumerated() {
            if let records { clean.tables[position].records = records }
        }
        return Selection(dataset: clean, cascaded: cascaded)
    }

    /// For each foreign key of `table` whose target's primary key it names: the target, and each record's
    /// reference as key text (its values joined by `/`), nil where a value is missing.
    private static func foreignReferences(of table: Table, in dataset: Dataset) -> [(target: String, keys: [String?])] {
        table.schema.foreignKeys.compactMap { key in
            let target = key.referencedTable(from: table.name)
            guard let targetTable = dataset.table(named: target),
                  targetTable.schema.primaryKey == key.referencedFields else { return nil }
            let fields = key.fields.compactMap(table.schema.index(of:))
            return (target, table.records.map { record in
                let values = fields.map { record.values[$0] }
                guard values.allSatisfy(\.isPresent) else { return nil }
                return values.map { $0.text ?? "" }.joined(separator: "/")
            })
        }
    }

    /// The positions of `keys` in ascending order, ties in input order (a stable sort); nil when they are
    /// in order already, as a sorted export mostly is.
    private static func sortedPositions(_ keys: [[Value]]) -> [Int]? {
        let precedes = { (lhs: Int, rhs: Int) in keys[lhs].lexicographicallyPrecedes(keys[rhs]) }
        guard keys.indices.dropFirst().contains(where: { precedes($0, $0 - 1) }) else { return nil }
        return keys.indices.sorted { lhs, rhs in
            if precedes(lhs, rhs) { return true }
            if precedes(rhs, lhs) { return false }
            return lhs < rhs
        }
    }
}
