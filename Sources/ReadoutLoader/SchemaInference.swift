import ReadoutModel
import Temporal

/// Infers a Table Schema from a table's parsed rows, as `frictionless describe` does: per column the
/// most specific type (and format) every present value casts to, the missing values seen, and a
/// candidate primary key. Pure: rows in, schema out; the rows may be fed one at a time (`Profile`).
public enum SchemaInference {
    /// One cell as a reader gives it: CSV text (nil for an empty unquoted cell), or a JSON value's kind.
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A JSON number, as written.
        case number(String)
        case boolean(Bool)
        case null
        case array
        case object
    }

    /// Texts that mean "no value" when a column is otherwise typed ("" always does, as the standard's default).
    public static let missingValueCandidates = ["NA", "N/A", "n/a", "null", "NULL", "-"]

    /// The schema of a table with these column names and rows (a short row lacks its last cells).
    public static func schema(columns: [String], rows: [[Cell]]) -> TableSchema {
        var profile = Profile(columns: columns)
        for row in rows { profile.add(row) }
        return profile.schema
    }

    /// What the rows seen so far say about each column.
    public struct Profile: Sendable {
        public let columns: [String]
        private var profiles: [ColumnProfile]
        private var rowCount = 0

        public init(columns: [String]) {
            self.columns = columns
            profiles = columns.map { _ in ColumnProfile() }
        }

        public mutating func add(_ row: [Cell]) {
            rowCount += 1
            for index in profiles.indices {
                profiles[index].add(index < row.count ? row[index] : .null)
            }
        }

        public var schema: TableSchema {
            // A candidate is a missing value of the table when some column is typed only by reading it so.
            let typedBy = profiles.filter { profile in
                !profile.seenCandidates.isEmpty && profile.type(missing: Set(profile.seenCandidates.keys)).type != .string
            }
            let missing = SchemaInference.missingValueCandidates.filter { candidate in
                typedBy.contains { $0.seenCandidates[candidate] != nil }
            }
            let fields = zip(columns, profiles).map { name, profile in
                let (type, format) = profile.type(missing: Set(missing))
                return Field(name: name, type: type, format: format)
            }
            let key = rowCount == 0 ? nil : zip(fields, profiles).first { field, profile in
                Self.keyTypes.contains(field.type) && profile.isKey(missing: Set(missing))
            }?.0.name
            return TableSchema(fields: fields, primaryKey: key.map { [$0] } ?? [], missingValues: [""] + missing)
        }

        /// Types whose values name a row; numbers (measurements) and booleans do not.
        private static let keyTypes: Set<FieldType> = [.string, .integer, .date, .datetime, .year, .yearmonth]
    }

    /// One column: which types every value seen so far still fits, and whether its values are unique.
    struct ColumnProfile: Sendable {
        /// The candidate types a text value can have, most specific first.
        private(set) var fits = TextType.allCases.reduce(into: [TextType: Int]()) { $0[$1] = 0 }
        private(set) var textCount = 0
        private(set) var numbers = JSONNumbers()
        private(set) var booleans = 0
        private(set) var arrays = 0
        private(set) var objects = 0
        private(set) var nulls = 0
        /// Candidate missing values seen, and how often; they do not count as text until declared so.
        private(set) var seenCandidates: [String: Int] = [:]
        /// Values seen once, and whether one repeated or was missing (then the column is no key).
        private var seen: Set<String> = []
        private var repeated = false

        struct JSONNumbers: Sendable {
            var count = 0
            var fractional = 0
        }

        mutating func add(_ cell: Cell) {
            switch cell {
            case .null: nulls += 1
            case let .text(text) where text.isEmpty: nulls += 1
            case let .text(text):
                if SchemaInference.missingValueCandidates.contains(text) {
                    seenCandidates[text, default: 0] += 1
                } else {
                    textCount += 1
                    for type in TextType.allCases where type.fits(text) { fits[type, default: 0] += 1 }
                }
                remember(text)
            case let .number(text):
                numbers.count += 1
                if !JSONNumbers.isIntegral(text) { numbers.fractional += 1 }
                remember(text)
            case let .boolean(flag):
                booleans += 1
                remember(flag ? "true" : "false")
            case .array: arrays += 1
            case .object: objects += 1
            }
        }

        private mutating func remember(_ value: String) {
            if !repeated, !seen.insert(value).inserted { repeated = true }
        }

        /// Whether every value is present and none repeats, with `missing` declared missing.
        func isKey(missing: Set<String>) -> Bool {
            nulls == 0 && arrays == 0 && objects == 0 && !repeated && seenCandidates.keys.allSatisfy { !missing.contains($0) }
        }

        /// The type (and format) of the column when `missing` texts are missing values.
        func type(missing: Set<String>) -> (type: FieldType, format: String?) {
            let undeclared = seenCandidates.filter { !missing.contains($0.key) }.values.reduce(0, +)
            let kinds = [textCount + undeclared > 0, numbers.count > 0, booleans > 0, arrays > 0, objects > 0]
            switch kinds.count(where: { $0 }) {
            case 0: return (.string, nil)
            case 1: break
            default: return (.any, nil)
            }
            if numbers.count > 0 { return (numbers.fractional > 0 ? .number : .integer, nil) }
            if booleans > 0 { return (.boolean, nil) }
            if arrays > 0 { return (.array, nil) }
            if objects > 0 { return (.object, nil) }
            guard undeclared == 0 else { return (.string, nil) }
            let type = TextType.allCases.first { fits[$0] == textCount } ?? .string
            // `01/02/2020` reads both ways: a format is inferred only where the values decide it.
            if type == .dayMonthYear && fits[.monthDayYear] == textCount { return (.string, nil) }
            return (type.fieldType, type.format)
        }
    }

    /// The shapes a text cell is tried against, most specific first; the first every value fits wins.
    enum TextType: CaseIterable, Sendable {
        case boolean, integer, number, yearmonth, date, dayMonthYear, monthDayYear, time, datetime
        case uuid, email, uri, string

        var fieldType: FieldType {
            switch self {
            case .boolean: .boolean
            case .integer: .integer
            case .number: .number
            case .yearmonth: .yearmonth
            case .date, .dayMonthYear, .monthDayYear: .date
            case .time: .time
            case .datetime: .datetime
            case .uuid, .email, .uri, .string: .string
            }
        }

        var format: String? {
            switch self {
            case .dayMonthYear: "%d/%m/%Y"
            case .monthDayYear: "%m/%d/%Y"
            case .uuid: "uuid"
            case .email: "email"
            case .uri: "uri"
            default: nil
            }
        }

        func fits(_ text: String) -> Bool {
            switch self {
            case .boolean: return ["true", "false", "True", "False", "TRUE", "FALSE"].contains(text)
            case .integer: return Shape.isInteger(text)
            case .number: return Shape.isNumber(text)
            case .yearmonth: return Shape.isYearMonth(text)
            case .date: return text.utf8.count == 10 && CalendarDate(iso: text) != nil
            case .dayMonthYear: return Shape.slashedDate(text, dayFirst: true)
            case .monthDayYear: return Shape.slashedDate(text, dayFirst: false)
            case .time: return Shape.isTime(text)
            case .datetime: return Shape.isDatetime(text)
            case .uuid: return Shape.isUUID(text)
            case .email: return Shape.isEmail(text)
            case .uri: return Shape.isURI(text)
            case .string: return true
            }
        }
    }
}

extension SchemaInference.ColumnProfile.JSONNumbers {
    static func isIntegral(_ text: String) -> Bool {
        !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    }
}
