import ReadoutModel

/// A field's `readout` annotation: a name (`"attribution-type"`), or an object with the name and a
/// `values` map binding the schema's own values to the meanings of the annotation's concept
/// (`{"annotation": "attribution-type", "values": {"anonymous": "anonymous-official"}}`).
/// A value the rules could not interpret is refused here, when the schema loads, never met record by record.
enum AnnotationParser {
    struct Annotation {
        let name: String
        let valueMeanings: [String: String]
        /// The `values` map's key and value nodes, for errors that point at one entry.
        let entries: [(value: DescriptorNode, meaning: DescriptorNode)]
    }

    static func annotation(_ node: DescriptorNode, field: String) throws(InputError) -> Annotation {
        guard node.isMapping else {
            return Annotation(name: try known(node, field: field), valueMeanings: [:], entries: [])
        }
        let object = try node.mapping("a readout annotation")
        try object.checkProperties(.annotation)
        let nameNode = try object.required("annotation")
        let name = try known(nameNode, field: field)
        guard let valuesNode = object.optional("values") else { return Annotation(name: name, valueMeanings: [:], entries: []) }
        guard let concept = SchemaAnnotation(rawValue: name)?.concept else {
            throw valuesNode.refuse("field '\(field)': the readout annotation '\(name)' has no vocabulary (its values are open), so its 'values' would be ignored")
        }
        let values = try valuesNode.mapping("a map of the schema's values to readout's meanings")
        var meanings: [String: String] = [:]
        var entries: [(DescriptorNode, DescriptorNode)] = []
        for (keyNode, valueNode) in values.entries {
            let value = try keyNode.string(), meaning = try valueNode.string()
            guard concept.meaningNames.contains(meaning) else {
                throw valueNode.refuse("field '\(field)' maps '\(value)' to '\(meaning)', which is not a meaning of \(concept.rawValue) (its meanings: \(concept.meaningList))")
            }
            meanings[value] = meaning
            entries.append((keyNode, valueNode))
        }
        return Annotation(name: name, valueMeanings: meanings, entries: entries)
    }

    /// Every value the field's `enum` (else its `categories`) allows must mean something to the
    /// concept, and every `values` key must be such a value: a mapped value the field can never hold
    /// is a misspelling.
    static func checkVocabulary(of field: Field, annotation: Annotation, in object: DescriptorMapping) throws(InputError) {
        guard let concept = field.concept else { return }
        let enumNode = try object.optional("constraints")?.mapping("constraints").optional("enum")
        let allowed: [(value: String, node: DescriptorNode)]
        if let values = field.constraints.enumValues, let enumNode {
            allowed = try items(of: enumNode, values: values)
        } else if let categories = field.categories, let categoriesNode = object.optional("categories") {
            allowed = try items(of: categoriesNode, values: categories.map(\.value))
        } else {
            return
        }
        for (value, node) in allowed where field.meaningName(of: value) == nil {
            throw node.refuse("field '\(field.name)' allows the value '\(value)', which is not a meaning of \(concept.rawValue) (its meanings: \(concept.meaningList)); map it to one in the annotation's 'values'")
        }
        for (keyNode, _) in annotation.entries {
            let value = try keyNode.string()
            guard allowed.contains(where: { $0.value == value }) else {
                let listed = allowed.map { "'\($0.value)'" }.joined(separator: ", ")
                throw keyNode.refuse("field '\(field.name)' maps the value '\(value)', which the field does not allow (it allows \(listed))")
            }
        }
    }

    private static func known(_ node: DescriptorNode, field: String) throws(InputError) -> String {
        let name = try node.string()
        guard SchemaAnnotation(rawValue: name) != nil else {
            throw node.refuse("field '\(field)' has the unknown readout annotation '\(name)' (see schema/README.md)")
        }
        return name
    }

    /// The allowed values with the descriptor node of each (an enum item, or a category).
    private static func items(of listNode: DescriptorNode, values: [String]) throws(InputError) -> [(value: String, node: DescriptorNode)] {
        let nodes = try listNode.sequence("a list of values")
        return values.enumerated().map { position, value in (value, position < nodes.count ? nodes[position] : listNode) }
    }
}

extension DescriptorMapping {
    /// The mapping's key and value nodes, in the file's order.
    var entries: [(key: DescriptorNode, value: DescriptorNode)] {
        mapping.map { key, value in
            let keyNode = DescriptorNode(key, in: node.document, path: node.path)
            let path = node.path.isEmpty ? key.string ?? "" : "\(node.path).\(key.string ?? "")"
            return (keyNode, DescriptorNode(value, in: node.document, path: path))
        }
    }
}
