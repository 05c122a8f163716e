import ReadoutModel

/// Finds records whose values in some fields repeat an earlier record's (records with a missing value excepted).
enum KeyDuplicates {
    struct Duplicate {
        let record: Record
        let first: Record
    }

    static func find(in table: Table, fields: [Int]) -> [Duplicate] {
        var firstByKey: [[Value]: Record] = [:]
        var duplicates: [Duplicate] = []
        for record in table.records {
            let key = fields.map { record.values[$0] }
            guard key.allSatisfy(\.isPresent) else { continue }
            if let first = firstByKey[key] {
                duplicates.append(Duplicate(record: record, first: first))
            } else {
                firstByKey[key] = record
            }
        }
        return duplicates
    }
}
