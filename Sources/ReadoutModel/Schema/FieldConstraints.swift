/// A field's Table Schema `constraints`.
public struct FieldConstraints: Sendable, Equatable {
    public var required = false
    public var unique = false
    public var enumValues: [String]?
    /// An XML Schema-style regular expression that must match the whole value.
    public var pattern: String?
    public var minLength: Int?
    public var maxLength: Int?
    /// Bounds in the field's own type, kept as written and compared after casting.
    public var minimum: String?
    public var maximum: String?

    public init() {}
}
