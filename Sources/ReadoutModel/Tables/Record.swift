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

    /// One value per field of the table's schema, in schema order.
    public var values: [Value]
    /// Where each value was written; nil where the record does not have the field.
    public var valueLocations: [SourceLocation?]
    /// Where the record starts.
    public var location: SourceLocation
    public var unknownFields: [UnknownField]

    public init(values: [Value], valueLocations: [SourceLocation?], location: SourceLocation,
                unknownFields: [UnknownField] = []) {
        self.values = values
        self.valueLocations = valueLocations
        self.location = location
        self.unknownFields = unknownFields
    }

    public subscript(index: Int) -> Value { values[index] }

    /// Where field `index` was written, or the record's start when it is absent.
    public func location(ofField index: Int) -> SourceLocation {
        valueLocations[index] ?? location
    }
}
