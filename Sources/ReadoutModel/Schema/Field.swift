/// One column of a table: its type, format, constraints and readout annotation.
public struct Field: Sendable, Equatable {
    public var name: String
    public var type: FieldType
    /// The Table Schema `format`; nil means `default`.
    public var format: String?
    public var title: String?
    public var description: String?
    public var constraints: FieldConstraints
    /// The `readout` annotation: what the field means to the rules (see schema/README.md).
    public var annotation: String?
    /// The annotation's `values`: the schema's own values mapped to the meanings of the annotation's
    /// concept (SchemaVocabulary.swift); a value not in it means itself.
    public var valueMeanings: [String: String] = [:]
    /// Boolean literals, when the descriptor overrides the defaults.
    public var trueValues: [String]
    public var falseValues: [String]
    /// Field-level `missingValues` (v2): when set, it replaces the schema's for this field.
    public var missingValues: [String]?
    /// number and integer: whether the text must be the number alone (`bareNumber`, default true).
    public var bareNumber: Bool
    /// number: the decimal separator (`decimalChar`, default ".").
    public var decimalChar: String
    /// number and integer: the thousands separator (`groupChar`), none by default.
    public var groupChar: String?
    /// list: the item separator (`delimiter`, default ",") and the items' type (`itemType`, default string).
    public var delimiter: String
    public var itemType: FieldType?
    /// v2 `categories`: the allowed values, with optional labels; `categoriesOrdered` says they are ordered.
    public var categories: [Category]?
    public var categoriesOrdered: Bool

    public struct Category: Sendable, Equatable {
        /// The value as written in the descriptor (a string or a number's text).
        public var value: String
        public var label: String?
        public init(value: String, label: String? = nil) {
            self.value = value
            self.label = label
        }
    }

    public static let defaultTrueValues = ["true", "True", "TRUE", "1"]
    public static let defaultFalseValues = ["false", "False", "FALSE", "0"]

    public init(name: String, type: FieldType, format: String? = nil, title: String? = nil,
                description: String? = nil, constraints: FieldConstraints = FieldConstraints(),
                annotation: String? = nil,
                trueValues: [String] = Field.defaultTrueValues, falseValues: [String] = Field.defaultFalseValues,
                missingValues: [String]? = nil, bareNumber: Bool = true, decimalChar: String = ".",
                groupChar: String? = nil, delimiter: String = ",", itemType: FieldType? = nil,
                categories: [Category]? = nil, categoriesOrdered: Bool = false) {
        self.name = name
        self.type = type
        self.format = format
        self.title = title
        self.description = description
        self.constraints = constraints
        self.annotation = annotation
        self.trueValues = trueValues
        self.falseValues = falseValues
        self.missingValues = missingValues
        self.bareNumber = bareNumber
        self.decimalChar = decimalChar
        self.groupChar = groupChar
        self.delimiter = delimiter
        self.itemType = itemType
        self.categories = categories
        self.categoriesOrdered = categoriesOrdered
    }

    /// The texts that mean "no value" for this field, given its schema's.
    public func missingValues(inSchema schemaValues: [String]) -> [String] {
        missingValues ?? schemaValues
    }
}
