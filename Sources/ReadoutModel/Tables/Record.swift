/// One row of a table: a value per schema field, and where each was written.
public struct Record: Sendable, Equatable {
    /// A key the record has but its table's schema does not.
    public struct UnknownField: Sendable, Equatable {
        public var name: String
        public var location: SourceLocation
        public init(name: String, location: SourceLocation) {
            self.name = name
            self.location = location
        }
    }

    /// Where a value was written in the record's file: 8 bytes a cell rather than a whole
    /// SourceLocation, because a million-row table keeps one per cell.
    public struct FieldPosition: Sendable, Equatable {
        public var line: Int32
        public var column: Int32

        /// The record does not have the field.
        public static let absent = FieldPosition(line: 0, column: 0)

        public init(line: Int, column: Int) {
            self.line = Int32(clamping: line)
            self.column = Int32(clamping: column)
        }
    }

    /// Where a record and its values were written: kept in one shared box, so that copying a record
    /// (which every rule's loop does) retains two references, not four.
    private final class Origin: Sendable {
        let positions: Positions
        let location: SourceLocation
        let unknownFields: [UnknownField]

        init(positions: Positions, location: SourceLocation, unknownFields: [UnknownField]) {
            self.positions = positions
            self.location = location
            self.unknownFields = unknownFields
        }
    }

    /// Where the values were written.
    private enum Positions: Sendable {
        /// Each value's own line and column (YAML, JSON Lines).
        case each([FieldPosition])
        /// All on the record's line, at these columns (0: absent): a CSV table's rows share one array.
        case onRecordLine(columns: [Int32])
    }

    /// One value per field of the table's schema, in schema order.
    public var values: [Value]
    private let origin: Origin

    /// Where each value was written, in schema order; `.absent` where the record lacks the field.
    public var fieldPositions: [FieldPosition] {
        switch origin.positions {
        case let .each(positions): return positions
        case let .onRecordLine(columns):
            return columns.map { $0 == 0 ? .absent : FieldPosition(line: location.line, column: Int($0)) }
        }
    }
    /// Where the record starts.
    public var location: SourceLocation { origin.location }
    public var unknownFields: [UnknownField] { origin.unknownFields }

    public init(values: [Value], fieldPositions: [FieldPosition], location: SourceLocation,
                unknownFields: [UnknownField] = []) {
        self.values = values
        origin = Origin(positions: .each(fieldPositions), location: location, unknownFields: unknownFields)
    }

    /// A record whose values all lie on its first line, at `columns` (0 where absent): pass one array
    /// for all the rows of a table, and the rows keep no positions of their own.
    public init(values: [Value], columns: [Int32], location: SourceLocation, unknownFields: [UnknownField] = []) {
        self.values = values
        origin = Origin(positions: .onRecordLine(columns: columns), location: location, unknownFields: unknownFields)
    }

    public static func == (lhs: Record, rhs: Record) -> Bool {
        lhs.values == rhs.values && lhs.fieldPositions == rhs.fieldPositions && lhs.location == rhs.location
            && lhs.unknownFields == rhs.unknownFields
    }

    /// `valueLocations` are in the record's own file; nil where the record does not have the field.
    public init(values: [Value], valueLocations: [SourceLocation?], location: SourceLocation,
                unknownFields: [UnknownField] = []) {
        self.init(values: values,
                  fieldPositions: valueLocations.map { $0.map { FieldPosition(line: $0.line, column: $0.column) } ?? .absent },
                  location: location, unknownFields: unknownFields)
    }

    public subscript(index: Int) -> Value { values[index] }

    /// Where each value was written; nil where the record does not have the field.
    public var valueLocations: [SourceLocation?] {
        fieldPositions.indices.map { fieldPositions[$0] == .absent ? nil : location(ofField: $0) }
    }

    /// Where field `index` was written, or the record's start when it is absent.
    public func location(ofField index: Int) -> SourceLocation {
        let position: FieldPosition
        switch origin.positions {
        case let .each(positions):
            guard positions.indices.contains(index) else { return location }
            position = positions[index]
        case let .onRecordLine(columns):
            guard columns.indices.contains(index) else { return location }
            position = columns[index] == 0 ? .absent : FieldPosition(line: location.line, column: Int(columns[index]))
        }
        guard position != .absent else { return location }
        return SourceLocation(file: location.file, line: Int(position.line), column: Int(position.column),
                              record: location.record)
    }
}
