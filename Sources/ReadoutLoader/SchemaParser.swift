import Foundation
import ReadoutModel

/// Turns a Table Schema descriptor into a `TableSchema`, refusing what readout cannot honour.
enum SchemaParser {
    static func schema(from node: DescriptorNode) throws(InputError) -> TableSchema {
        let schema = try node.mapping("a table schema")
        let missingValues = try schema.optional("missingValues")?.strings() ?? [""]
        var fields: [Field] = []
        for fieldNode in try schema.required("fields").sequence("a list of fields") {
            let field = try self.field(from: fieldNode)
            guard !fields.contains(where: { $0.name == field.name }) else {
                throw fieldNode.error("field '\(field.name)' is declared twice")
            }
            fields.append(field)
        }
        let names = Set(fields.map(\.name))
        let primaryKey = try schema.optional("primaryKey")?.strings() ?? []
        if let unknown = primaryKey.first(where: { !names.contains($0) }), let keyNode = schema.optional("primaryKey") {
            throw keyNode.error("primary key field '\(unknown)' is not a field of the table")
        }
        var foreignKeys: [ForeignKey] = []
        for keyNode in try schema.optional("foreignKeys")?.sequence("a list of foreign keys") ?? [] {
            let key = try keyNode.mapping("a foreign key")
            let fields = try key.required("fields").strings()
            if let unknown = fields.first(where: { !names.contains($0) }) {
                throw keyNode.error("foreign key field '\(unknown)' is not a field of the table")
            }
            let reference = try key.required("reference").mapping("a foreign key reference")
            let resource = try reference.optional("resource")?.string()
            let referenced = try reference.required("fields").strings()
            guard referenced.count == fields.count else {
                throw keyNode.error("foreign key has \(fields.count) fields but references \(referenced.count)")
            }
            foreignKeys.append(ForeignKey(fields: fields, resource: resource?.isEmpty == false ? resource : nil,
                                          referencedFields: referenced))
        }
        return TableSchema(fields: fields, primaryKey: primaryKey, foreignKeys: foreignKeys,
                           missingValues: missingValues)
    }

    static func field(from node: DescriptorNode) throws(InputError) -> Field {
        let field = try node.mapping("a field")
        let name = try field.required("name").string()
        let typeName = try field.optional("type")?.string() ?? "string"
        guard let type = FieldType(rawValue: typeName) else {
            let known = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
            throw (field.optional("type") ?? node).error("field '\(name)' has type '\(typeName)', which readout does not support (\(known))")
        }
        let format = try field.optional("format")?.string()
        if let format, format != "default" {
            throw (field.optional("format") ?? node).error("field '\(name)' has format '\(format)'; readout supports the default format only")
        }
        var constraints = FieldConstraints()
        if let constraintNode = try field.optional("constraints")?.mapping("constraints") {
            constraints.required = try constraintNode.optional("required")?.bool() ?? false
            constraints.unique = try constraintNode.optional("unique")?.bool() ?? false
            constraints.enumValues = try constraintNode.optional("enum")?.sequence("a list of values").map { node throws(InputError) in try node.scalarText() }
            constraints.pattern = try constraintNode.optional("pattern")?.string()
            constraints.minLength = try constraintNode.optional("minLength")?.int()
            constraints.maxLength = try constraintNode.optional("maxLength")?.int()
            constraints.minimum = try constraintNode.optional("minimum")?.scalarText()
            constraints.maximum = try constraintNode.optional("maximum")?.scalarText()
            if let pattern = constraints.pattern, (try? NSRegularExpression(pattern: pattern)) == nil,
               let patternNode = constraintNode.optional("pattern") {
                throw patternNode.error("field '\(name)' has a pattern that is not a valid regular expression")
            }
        }
        let annotationNode = field.optional(SchemaAnnotation.property)
        let annotation = try annotationNode?.string()
        if let annotation, let annotationNode, SchemaAnnotation(rawValue: annotation) == nil {
            throw annotationNode.error("field '\(name)' has the unknown readout annotation '\(annotation)' (see schema/README.md)")
        }
        return Field(
            name: name, type: type, format: format, title: try field.optional("title")?.string(),
            description: try field.optional("description")?.string(), constraints: constraints,
            annotation: annotation,
            trueValues: try field.optional("trueValues")?.strings() ?? Field.defaultTrueValues,
            falseValues: try field.optional("falseValues")?.strings() ?? Field.defaultFalseValues)
    }

    /// Every foreign key must name a resource and fields that exist.
    static func checkForeignKeys(_ resources: [DataPackage.Resource], in root: DescriptorMapping) throws(InputError) {
        for resource in resources {
            for key in resource.schema.foreignKeys {
                let target = key.referencedTable(from: resource.name)
                guard let referenced = resources.first(where: { $0.name == target }) else {
                    throw root.node.error("resource '\(resource.name)' has a foreign key to '\(target)', which is not a resource")
                }
                if let missing = key.referencedFields.first(where: { referenced.schema.index(of: $0) == nil }) {
                    throw root.node.error("resource '\(resource.name)' has a foreign key to '\(target).\(missing)', which is not a field")
                }
            }
        }
    }
}
