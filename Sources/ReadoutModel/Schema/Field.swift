/// One column of a table: its type, constraints and readout annotation.
public struct Field: Sendable, Equatable {
    public var name: String
    public var type: FieldType
    public var format: String?
    public var title: String?
    public var description: String?
    public var constraints: FieldConstraints
    /// The `readout` annotation: what the field means to the rules (see schema/README.md).
    public var annotation: String?
    /// Boolean literals, when the descriptor overrides the defaults.
    public var trueValues: [String]
    public var falseValues: [String]

    public static let defaultTrueValues = ["true", "True", "TRUE", "1"]
    public static let defaultFalseValues = ["false", "False", "FALSE", "0"]

    public init(name: String, type: FieldType, format: String? = nil, title: String? = nil,
                description: String? = nil, constraints: FieldConstraints = FieldConstraints(),
                annotation: String? = nil,
                trueValues: [String] = Field.defaultTrueValues, falseValues: [String] = Field.defaultFalseValues) {
        self.name = name
        self.type = type
        self.format = format
        self.title = title
        self.description = description
        self.constraints = constraints
        self.annotation = annotation
        self.trueValues = trueValues
        self.falseValues = falseValues
    }
}
