import ReadoutModel

/// A table's records by their values in some fields: each key's first record, and the later records
/// that repeat one (records with a missing part excepted). Built once a run for each table and fields
/// asked for, and shared: the primary key's index serves `schema.primary-key` and every foreign key
/// that references it.
struct KeyIndex: Sendable {
    struct Duplicate {
        let record: Record
        let first: Record

        /// Where the first record is: its line, and its file too when that is another file.
        var firstPlace: String {
            let place = first.location
            return place.file == record.location.file ? "line \(place.line)" : "\(place.file):\(place.line)"
        }
    }

    /// Which index: a table and the positions of the key's fields.
    struct Identity: Hashable, Sendable {
        let table: String
        let fields: [Int]
    }

    private let firstByKey: [KeyValues: Int]
    /// Later records that repeat a key, with the position of its first record, in table order.
    private let repeats: [(position: Int, first: Int)]
    private let table: Table

    private init(table: Table, fields: [Int]) {
        var firstByKey: [KeyValues: Int] = [:]
        firstByKey.reserveCapacity(table.records.count)
        var repeats: [(position: Int, first: Int)] = []
        for (position, record) in table.records.enumerated() {
            let key = KeyValues(record, fields: fields)
            guard key.isPresent else { continue }
            if let first = firstByKey[key] {
                repeats.append((position, first))
            } else {
                firstByKey[key] = position
            }
        }
        self.firstByKey = firstByKey
        self.repeats = repeats
        self.table = table
    }

    /// The index of `table` on `fields`, built by the first rule that asks.
    static func shared(_ table: Table, fields: [Int], context: RuleContext) -> KeyIndex {
        context.keyIndexes.value(for: Identity(table: table.name, fields: fields)) { KeyIndex(table: table, fields: fields) }
    }

    /// Whether some record holds these key values.
    func contains(_ key: KeyValues) -> Bool {
        firstByKey[key] != nil
    }

    var duplicates: [Duplicate] {
        repeats.map { Duplicate(record: table.records[$0.position], first: table.records[$0.first]) }
    }
}
