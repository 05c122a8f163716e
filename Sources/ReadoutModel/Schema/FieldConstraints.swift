/// A field's Table Schema `constraints`.
public struct FieldConstraints: Sendable, Equatable {
    public var required = false
    public var unique = false
    /// As written in the descriptor (a number's or a string's text); compared after casting to the field's type.
    public var enumValues: [String]?
    /// An XML Schema-style regular expression that must match the whole value.
    public var pattern: String?
    /// `pattern`, compiled when the schema loads (the loader sets both; rules match with this one).
    public var compiledPattern: Pattern?
    public var minLength: Int?
    public var maxLength: Int?
    /// Bounds in the field's own type, kept as written and compared after casting.
    public var minimum: String?
    public var maximum: String?
    public var exclusiveMinimum: String?
    public var exclusiveMaximum: String?

    public init() {}
}
