import ReadoutModel

/// Finds records whose values in some fields repeat an earlier record's (records with a missing value excepted).
enum KeyDuplicates {
    struct Duplicate {
        let record: Record
        let first: Record

        /// Where the first record is: its line, and its file too when that is another file.
        var firstPlace: String {
            let place = first.location
            return place.file == record.location.file ? "line \(place.line)" : "\(place.file):\(place.line)"
        }
    }

    static func find(in table: Table, fields: [Int]) -> [Duplicate] {
        var firstByKey: [KeyValues: Int] = [:]
        var duplicates: [Duplicate] = []
        for (position, record) in table.records.enumerated() {
            let key = KeyValues(record, fields: fields)
            guard key.isPresent else { continue }
            if let first = firstByKey[key] {
                duplicates.append(Duplicate(record: record, first: table.records[first]))
            } else {
                firstByKey[key] = position
            }
        }
        return duplicates
    }
}
