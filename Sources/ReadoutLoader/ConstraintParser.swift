import ReadoutModel

/// A field's `constraints` (Table Schema, Field Constraints), each checked to apply to the field's type.
enum ConstraintParser {
    static func constraints(from node: DescriptorNode, field: String, type: FieldType) throws(InputError) -> FieldConstraints {
        let object = try node.mapping("constraints")
        try object.checkProperties(.constraints, type: type)
        var constraints = FieldConstraints()
        constraints.required = try object.optional("required")?.bool() ?? false
        constraints.unique = try object.optional("unique")?.bool() ?? false
        if let enumNode = object.optional("enum") {
            let values = try enumNode.sequence("a list of values").map { node throws(InputError) in try node.scalarText() }
            guard !values.isEmpty else { throw enumNode.refuse("field '\(field)' has an empty enum, which no value could match") }
            constraints.enumValues = values
        }
        if let patternNode = object.optional("pattern") {
            let source = try patternNode.string()
            do {
                constraints.compiledPattern = try Pattern(xmlSchema: source)
            } catch {
                throw patternNode.refuse("field '\(field)' has the pattern '\(source)', which is not an XML Schema regular expression: \(error.message)")
            }
            constraints.pattern = source
        }
        constraints.minLength = try length(object.optional("minLength"), "minLength")
        constraints.maxLength = try length(object.optional("maxLength"), "maxLength")
        if let low = constraints.minLength, let high = constraints.maxLength, low > high, let node = object.optional("maxLength") {
            throw node.refuse("field '\(field)' has maxLength \(high) below its minLength \(low), which no value could meet")
        }
        constraints.minimum = try bound(object.optional("minimum"))
        constraints.maximum = try bound(object.optional("maximum"))
        constraints.exclusiveMinimum = try bound(object.optional("exclusiveMinimum"))
        constraints.exclusiveMaximum = try bound(object.optional("exclusiveMaximum"))
        return constraints
    }

    private static func length(_ node: DescriptorNode?, _ property: String) throws(InputError) -> Int? {
        guard let node else { return nil }
        let length = try node.int()
        guard length >= 0 else { throw node.refuse("'\(property)' must not be negative") }
        return length
    }

    /// A bound as written (a JSON number, or a string castable by the field's type); compared after casting.
    private static func bound(_ node: DescriptorNode?) throws(InputError) -> String? {
        try node?.scalarText()
    }
}
