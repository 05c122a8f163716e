import ReadoutModel

/// Turns a Table Schema descriptor into a `TableSchema`, refusing what readout cannot honour.
enum SchemaParser {
    /// `standard` is the version of the descriptor the schema sits in; a schema file's own `$schema`
    /// (`isRoot`) decides for it instead.
    static func schema(from node: DescriptorNode, standard inherited: TableSchema.Standard,
                       isRoot: Bool = false) throws(InputError) -> TableSchema {
        let schema = try node.mapping("a table schema")
        try schema.checkProperties(.schema)
        var standard = inherited
        if let schemaURL = schema.optional("$schema") {
            let declared = try StandardVersion.version(ofSchemaURL: schemaURL, profile: "tableschema")
            if isRoot { standard = declared }
        }
        let missingValues = try schema.optional("missingValues").map(missingValueList) ?? [""]
        var fields: [Field] = []
        for fieldNode in try schema.required("fields").sequence("a list of fields") {
            let field = try FieldParser.field(from: fieldNode, standard: standard)
            guard !fields.contains(where: { $0.name == field.name }) else {
                throw fieldNode.refuse("field '\(field.name)' is declared twice")
            }
            fields.append(field)
        }
        let names = Set(fields.map(\.name))
        func fieldNames(_ node: DescriptorNode, _ what: String) throws(InputError) -> [String] {
            let list = try node.strings()
            guard !list.isEmpty else { throw node.refuse("\(what) names no field") }
            if let unknown = list.first(where: { !names.contains($0) }) {
                throw node.refuse("\(what) field '\(unknown)' is not a field of the table")
            }
            return list
        }
        let primaryKey = try schema.optional("primaryKey").map { node throws(InputError) in try fieldNames(node, "primary key") } ?? []
        var uniqueKeys: [[String]] = []
        if let keysNode = schema.optional("uniqueKeys") {
            let keys = try keysNode.sequence("a list of unique keys")
            guard !keys.isEmpty else { throw keysNode.refuse("'uniqueKeys' must not be empty") }
            for keyNode in keys {
                guard keyNode.isSequence else { throw keyNode.refuse("a unique key must be a list of field names") }
                uniqueKeys.append(try fieldNames(keyNode, "unique key"))
            }
        }
        var foreignKeys: [ForeignKey] = []
        for keyNode in try schema.optional("foreignKeys")?.sequence("a list of foreign keys") ?? [] {
            foreignKeys.append(try foreignKey(from: keyNode, fieldNames: fieldNames))
        }
        var fieldsMatch = TableSchema.FieldsMatch.exact
        if let matchNode = schema.optional("fieldsMatch") {
            let text = try matchNode.string()
            guard let match = TableSchema.FieldsMatch(rawValue: text) else {
                let known = TableSchema.FieldsMatch.allCases.map(\.rawValue).joined(separator: ", ")
                throw matchNode.refuse("'fieldsMatch' is '\(text)', not one of \(known)")
            }
            fieldsMatch = match
        }
        return TableSchema(fields: fields, primaryKey: primaryKey, foreignKeys: foreignKeys,
                           missingValues: missingValues, uniqueKeys: uniqueKeys, fieldsMatch: fieldsMatch,
                           standard: standard)
    }

    private static func foreignKey(
        from keyNode: DescriptorNode, fieldNames: (DescriptorNode, String) throws(InputError) -> [String]
    ) throws(InputError) -> ForeignKey {
        let key = try keyNode.mapping("a foreign key")
        try key.checkProperties(.foreignKey)
        let fields = try fieldNames(try key.required("fields"), "foreign key")
        let reference = try key.required("reference").mapping("a foreign key reference")
        try reference.checkProperties(.reference)
        // v1 wrote a self reference as "resource": ""; v2 omits it (Table Schema, foreignKeys).
        let resource = try reference.optional("resource")?.string()
        let referencedNode = try reference.required("fields")
        let referenced = try referencedNode.strings()
        guard referenced.count == fields.count else {
            throw referencedNode.refuse("foreign key has \(fields.count) fields but references \(referenced.count)")
        }
        return ForeignKey(fields: fields, resource: resource?.isEmpty == false ? resource : nil, referencedFields: referenced)
    }

    /// `missingValues`: unique strings, or objects with a unique `value` and optional `label` (v2).
    static func missingValueList(_ node: DescriptorNode) throws(InputError) -> [String] {
        var values: [String] = []
        for item in try node.sequence("a list of missing values") {
            let value: String
            if item.isMapping {
                let object = try item.mapping("a missing value")
                try object.checkProperties(.missingValue)
                value = try object.required("value").string()
                _ = try object.optional("label")?.string()
            } else {
                value = try item.string()
            }
            guard !values.contains(value) else { throw item.refuse("missing value '\(value)' is listed twice") }
            values.append(value)
        }
        return values
    }

    /// Every foreign key must name a resource and fields that exist; `schemaNodes[i]` is resource i's schema,
    /// so that an error points at the key.
    static func checkForeignKeys(_ resources: [DataPackage.Resource], schemaNodes: [DescriptorNode]) throws(InputError) {
        for (resource, schemaNode) in zip(resources, schemaNodes) {
            let keyNodes = try schemaNode.mapping("a table schema").optional("foreignKeys")?.sequence("a list of foreign keys") ?? []
            for (key, keyNode) in zip(resource.schema.foreignKeys, keyNodes) {
                let target = key.referencedTable(from: resource.name)
                let reference = try keyNode.mapping("a foreign key").required("reference")
                guard let referenced = resources.first(where: { $0.name == target }) else {
                    throw reference.refuse("resource '\(resource.name)' has a foreign key to '\(target)', which is not a resource")
                }
                if let missing = key.referencedFields.first(where: { referenced.schema.index(of: $0) == nil }) {
                    throw reference.refuse("resource '\(resource.name)' has a foreign key to '\(target).\(missing)', which is not a field")
                }
            }
        }
    }
}
