import ReadoutModel

/// Turns a Table Schema field descriptor into a `Field`: its type, format, type-specific properties,
/// constraints and readout annotation.
enum FieldParser {
    static func field(from node: DescriptorNode, standard: TableSchema.Standard) throws(InputError) -> Field {
        let object = try node.mapping("a field")
        let name = try object.required("name").string()
        let type = try self.type(of: object, name: name, standard: standard)
        try object.checkProperties(.field, type: type)
        var field = Field(name: name, type: type)
        field.format = try format(of: object, name: name, type: type)
        field.title = try object.optional("title")?.string()
        field.description = try object.optional("description")?.string()
        if let constraints = object.optional("constraints") {
            field.constraints = try ConstraintParser.constraints(from: constraints, field: name, type: type)
        }
        let annotation = try object.optional(SchemaAnnotation.property).map { node throws(InputError) in
            try AnnotationParser.annotation(node, field: name)
        }
        field.annotation = annotation?.name
        field.valueMeanings = annotation?.valueMeanings ?? [:]
        if let values = object.optional("trueValues") { field.trueValues = try values.stringList("a list of true values") }
        if let values = object.optional("falseValues") { field.falseValues = try values.stringList("a list of false values") }
        if let overlap = field.trueValues.first(where: field.falseValues.contains),
           let node = object.optional("trueValues") ?? object.optional("falseValues") {
            throw node.refuse("field '\(name)' reads '\(overlap)' as both true and false")
        }
        if let values = object.optional("missingValues") { field.missingValues = try SchemaParser.missingValueList(values) }
        if let bare = object.optional("bareNumber") { field.bareNumber = try bare.bool() }
        if let decimal = object.optional("decimalChar") { field.decimalChar = try nonEmpty(decimal, "decimalChar") }
        if let group = object.optional("groupChar") { field.groupChar = try nonEmpty(group, "groupChar") }
        if field.groupChar == field.decimalChar, let node = object.optional("groupChar") {
            throw node.refuse("field '\(name)' has the same groupChar and decimalChar ('\(field.decimalChar)')")
        }
        if let delimiter = object.optional("delimiter") { field.delimiter = try nonEmpty(delimiter, "delimiter") }
        if let itemNode = object.optional("itemType") { field.itemType = try itemType(itemNode, field: name) }
        if let categories = object.optional("categories") {
            field.categories = try self.categories(categories, field: name, type: type)
        }
        if let ordered = object.optional("categoriesOrdered") {
            guard field.categories != nil else {
                throw ordered.refuse("field '\(name)' has 'categoriesOrdered' without 'categories', so it would be ignored")
            }
            field.categoriesOrdered = try ordered.bool()
        }
        if let categories = field.categories, let values = field.constraints.enumValues,
           let stray = values.first(where: { value in !categories.contains { $0.value == value } }),
           let enumNode = try object.optional("constraints")?.mapping("constraints").optional("enum") {
            // Table Schema, categories: the enum values MUST be a subset of the categories.
            throw enumNode.refuse("field '\(name)' has the enum value '\(stray)', which is not one of its categories")
        }
        if let problem = FieldCaster.problem(with: field), let node = object.optional("itemType") ?? object.optional("format") {
            throw node.refuse("field '\(name)': \(problem)")
        }
        try checkDescriptorValues(of: field, in: object)
        if let annotation { try AnnotationParser.checkVocabulary(of: field, annotation: annotation, in: object) }
        return field
    }

    /// `type`: absent means `any` in v2 (Table Schema, type and format) and `string` in v1.
    private static func type(of object: DescriptorMapping, name: String,
                             standard: TableSchema.Standard) throws(InputError) -> FieldType {
        guard let typeNode = object.optional("type") else { return standard == .v2 ? .any : .string }
        let typeName = try typeNode.string()
        guard let type = FieldType(rawValue: typeName) else {
            let known = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
            throw typeNode.refuse("field '\(name)' has type '\(typeName)', which is not a Table Schema type (\(known))")
        }
        return type
    }

    /// `format`, checked by type (Table Schema, Field Types); nil for `default`. A `fmt:` prefix (v0) is removed.
    private static func format(of object: DescriptorMapping, name: String, type: FieldType) throws(InputError) -> String? {
        guard let formatNode = object.optional("format") else { return nil }
        var format = try formatNode.string()
        if format.hasPrefix("fmt:") { format.removeFirst(4) }
        let known = PropertyInventory.formats(of: type)
        if known.contains(format) { return format == "default" ? nil : format }
        guard PropertyInventory.patternFormatTypes.contains(type) else {
            throw formatNode.refuse("field '\(name)' has format '\(format)'; a \(type.rawValue) field's formats are \(known.joined(separator: ", "))")
        }
        // A pattern without a directive (`dd/mm/yyyy`) is a mistake that would fail every cell, and
        // what the caster cannot read is refused here, never met cell by cell.
        let problem = format.contains("%") ? FieldCaster.problem(with: Field(name: name, type: type, format: format))
            : "it has no % directive"
        if let problem {
            throw formatNode.refuse("field '\(name)' has format '\(format)', which is neither default, any nor a strftime-style pattern readout reads: \(problem)")
        }
        return format
    }

    /// Enum values, bounds and categories must be values of the field's type: a rule cannot compare a
    /// cell with a bound that does not cast, so such a descriptor is refused, naming the constraint.
    private static func checkDescriptorValues(of field: Field, in object: DescriptorMapping) throws(InputError) {
        let caster = FieldCaster(field: field, missingValues: [])
        let constraints = field.constraints
        let bounds = [("minimum", constraints.minimum), ("maximum", constraints.maximum),
                      ("exclusiveMinimum", constraints.exclusiveMinimum), ("exclusiveMaximum", constraints.exclusiveMaximum)]
        let written = bounds.compactMap { name, value in value.map { (name, [$0]) } }
            + [("enum", constraints.enumValues ?? []), ("categories", field.categories?.map(\.value) ?? [])]
        for (property, values) in written {
            guard let stray = values.first(where: { caster.castLogical($0) == nil }) else { continue }
            let node = try object.optional("constraints")?.mapping("constraints").optional(property)
                ?? object.optional(property) ?? object.node
            throw node.refuse("field '\(field.name)' has the \(property) value '\(stray)', which is not a valid \(field.type.rawValue)")
        }
    }

    /// An integer of any size: an optional sign and ASCII digits.
    private static func isIntegerText(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func nonEmpty(_ node: DescriptorNode, _ property: String) throws(InputError) -> String {
        let text = try node.string()
        guard !text.isEmpty else { throw node.refuse("'\(property)' must not be empty") }
        return text
    }

    /// list `itemType` (Table Schema, list): one of the primitive types.
    private static func itemType(_ node: DescriptorNode, field: String) throws(InputError) -> FieldType {
        let allowed: [FieldType] = [.string, .integer, .boolean, .number, .datetime, .date, .time]
        let text = try node.string()
        guard let type = FieldType(rawValue: text), allowed.contains(type) else {
            throw node.refuse("field '\(field)' has itemType '\(text)'; a list's items are \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        return type
    }

    /// `categories` (v2): unique values, or objects with a unique `value` and a unique optional `label`.
    private static func categories(_ node: DescriptorNode, field: String,
                                   type: FieldType) throws(InputError) -> [Field.Category] {
        var categories: [Field.Category] = []
        for item in try node.sequence("a list of categories") {
            let category: Field.Category
            let valueNode: DescriptorNode
            if item.isMapping {
                let object = try item.mapping("a category")
                try object.checkProperties(.category)
                valueNode = try object.required("value")
                category = Field.Category(value: try valueNode.scalarText(), label: try object.optional("label")?.string())
            } else {
                valueNode = item
                category = Field.Category(value: try item.scalarText())
            }
            if type == .integer, !isIntegerText(category.value) {
                throw valueNode.refuse("field '\(field)' is an integer field, but its category '\(category.value)' is not an integer")
            }
            if categories.contains(where: { $0.value == category.value }) {
                throw valueNode.refuse("field '\(field)' lists the category '\(category.value)' twice")
            }
            if let label = category.label, categories.contains(where: { $0.label == label }) {
                throw item.refuse("field '\(field)' gives the label '\(label)' to two categories")
            }
            categories.append(category)
        }
        guard !categories.isEmpty else { throw node.refuse("field '\(field)' has no categories") }
        return categories
    }
}
