import ReadoutModel

/// The records fit for release: those without error findings, and those whose references still resolve.
public enum CleanTables {
    /// The outcome: the clean dataset, and the records left out only because what they refer to was.
    public struct Selection: Sendable {
        public var dataset: Dataset
        public var cascaded: [Finding]
    }

    public static let cascadeRuleID = "export.excluded-reference"

    /// `excluded` holds `table` + NUL + record key. Records are sorted by primary key.
    public static func select(from dataset: Dataset, excluding excluded: Set<String>) -> Selection {
        var left = excluded
        var cascaded: [Finding] = []
        var changed = true
        // Leaving a record out can orphan another that refers to it: repeat until nothing changes.
        while changed {
            changed = false
            let kept = keyIndex(dataset, without: left)
            for table in dataset.tables {
                for key in table.schema.foreignKeys {
                    let target = key.referencedTable(from: table.name)
                    guard let targetTable = dataset.table(named: target),
                          targetTable.schema.primaryKey == key.referencedFields else { continue }
                    let fields = key.fields.compactMap(table.schema.index(of:))
                    for record in table.records where !left.contains(id(table.name, table.key(of: record))) {
                        let values = fields.map { record.values[$0] }
                        guard values.allSatisfy(\.isPresent) else { continue }
                        let targetKey = values.map { $0.text ?? "" }.joined(separator: "/")
                        guard !(kept[target]?.contains(targetKey) ?? false),
                              left.contains(id(target, targetKey)) else { continue }
                        left.insert(id(table.name, table.key(of: record)))
                        changed = true
                        cascaded.append(Finding(
                            ruleID: cascadeRuleID, severity: .info,
                            message: "left out of the export because it refers to \(target) \(targetKey), which is left out",
                            subject: RecordReference(table: table.name, key: table.key(of: record), location: record.location)))
                    }
                }
            }
        }
        var clean = dataset
        for position in clean.tables.indices {
            let table = clean.tables[position]
            let keyFields = table.schema.primaryKeyIndices
            let records = table.records.filter { !left.contains(id(table.name, table.key(of: $0))) }
            clean.tables[position].records = stableSorted(records) { lhs, rhs in
                keyFields.map { lhs.values[$0] }.lexicographicallyPrecedes(keyFields.map { rhs.values[$0] })
            }
        }
        return Selection(dataset: clean, cascaded: cascaded)
    }

    public static func id(_ table: String, _ key: String) -> String {
        table + "\u{0}" + key
    }

    private static func keyIndex(_ dataset: Dataset, without left: Set<String>) -> [String: Set<String>] {
        var index: [String: Set<String>] = [:]
        for table in dataset.tables {
            index[table.name] = Set(table.records.map { table.key(of: $0) }.filter { !left.contains(id(table.name, $0)) })
        }
        return index
    }

    private static func stableSorted(_ records: [Record], by precedes: (Record, Record) -> Bool) -> [Record] {
        records.enumerated().sorted { lhs, rhs in
            if precedes(lhs.element, rhs.element) { return true }
            if precedes(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
