import ReadoutModel

/// A record's values for the fields of a key, hashable; a one-field key (the usual kind) is hashed
/// as its value, without an array per record.
enum KeyValues: Hashable {
    case single(Value)
    case composite([Value])

    init(_ record: Record, fields: [Int]) {
        self = fields.count == 1 ? .single(record.values[fields[0]]) : .composite(fields.map { record.values[$0] })
    }

    /// Every part present: a key with a null or invalid part identifies nothing.
    var isPresent: Bool {
        switch self {
        case let .single(value): return value.isPresent
        case let .composite(values): return values.allSatisfy(\.isPresent)
        }
    }

    var values: [Value] {
        switch self {
        case let .single(value): return [value]
        case let .composite(values): return values
        }
    }
}
