import ReadoutModel

/// The exported `datapackage.json`: the CSV tables and the findings, each with its Table Schema.
public enum PackageDescriptor {
    public static func render(_ package: DataPackage, placements: [Exporter.Placement], options: ExportOptions) -> String {
        var pairs: [(String, JSONValue)] = [("profile", .string("tabular-data-package"))]
        if let name = package.name { pairs.append(("name", .string(name))) }
        if let title = package.title { pairs.append(("title", .string(title))) }
        if let description = package.description { pairs.append(("description", .string(description))) }
        if let version = package.version { pairs.append(("version", .string(version))) }
        if !package.licenses.isEmpty {
            pairs.append(("licenses", .array(package.licenses.map { license in
                .object([("name", .string(license.name))] + (license.title.map { [("title", .string($0))] } ?? []))
            })))
        }
        pairs.append(("readout", .object([
            ("formulaGuard", .bool(options.formulaGuard)),
            ("formulaGuardNote", .string(
                "text cells starting with = + - @ tab CR or LF are written with a leading ' so spreadsheets do not run them; numbers are never prefixed; remove the ' when reading text fields")),
            ("nullNote", .string("a null is an empty unquoted cell; an empty string is written \"\" (libcsv's CSV_EMPTY_IS_NULL tells them apart)")),
            ("jsonLines", .string("each CSV has a JSON Lines twin (jsonl/<table>.jsonl, findings.jsonl): one object per line, every key present, in schema order")),
        ])))
        pairs.append(("resources", .array(placements.map { placement in
            let table = placement.table
            let resource = package.resource(named: table.name)
            var fields: [(String, JSONValue)] = [
                ("name", .string(table.name)), ("path", .string(placement.csvPath)),
                ("profile", .string("tabular-data-resource")),
            ]
            if let title = resource?.title { fields.append(("title", .string(title))) }
            fields += [
                ("format", .string("csv")), ("mediatype", .string("text/csv")), ("encoding", .string("utf-8")),
                ("dialect", .object([
                    ("delimiter", .string(",")), ("lineTerminator", .string("\r\n")), ("quoteChar", .string("\"")),
                    ("doubleQuote", .bool(true)), ("header", .bool(true)),
                ])),
                ("schema", schema(table.schema)),
            ]
            return .object(fields)
        })))
        return JSONValue.object(pairs).pretty
    }

    /// A Table Schema descriptor (also what `readout describe` writes).
    public static func schema(_ schema: TableSchema) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("fields", .array(schema.fields.map(field)))]
        if !schema.primaryKey.isEmpty { pairs.append(("primaryKey", .array(schema.primaryKey.map(JSONValue.string)))) }
        if !schema.foreignKeys.isEmpty {
            pairs.append(("foreignKeys", .array(schema.foreignKeys.map { key in
                .object([
                    ("fields", .array(key.fields.map(JSONValue.string))),
                    ("reference", .object([
                        ("resource", .string(key.resource ?? "")),
                        ("fields", .array(key.referencedFields.map(JSONValue.string))),
                    ])),
                ])
            })))
        }
        if !schema.uniqueKeys.isEmpty {
            pairs.append(("uniqueKeys", .array(schema.uniqueKeys.map { .array($0.map(JSONValue.string)) })))
        }
        pairs.append(("missingValues", .array(schema.missingValues.map(JSONValue.string))))
        return .object(pairs)
    }

    static func field(_ field: Field) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(field.name)), ("type", .string(field.type.rawValue))]
        // Dates export in their canonical yyyy-mm-dd whatever format they were read in; the other
        // types write their values in the field's format, which the export keeps.
        if let format = field.format, field.type != .date { pairs.append(("format", .string(format))) }
        if let title = field.title { pairs.append(("title", .string(title))) }
        if let description = field.description { pairs.append(("description", .string(description))) }
        if let annotation = field.annotation {
            // The vocabulary map travels with the annotation, so the export's values keep their meanings.
            let values = field.valueMeanings.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }
            pairs.append((SchemaAnnotation.property, values.isEmpty ? .string(annotation)
                : .object([("annotation", .string(annotation)), ("values", .object(values))])))
        }
        if field.type == .boolean {
            pairs.append(("trueValues", .array(field.trueValues.map(JSONValue.string))))
            pairs.append(("falseValues", .array(field.falseValues.map(JSONValue.string))))
        }
        // The exported CSV writes values in their canonical form, so the input's lexical properties
        // (decimalChar, groupChar, bareNumber, field-level missingValues) do not describe it and are not written.
        if field.type == .list {
            pairs.append(("delimiter", .string(field.delimiter)))
            if let itemType = field.itemType { pairs.append(("itemType", .string(itemType.rawValue))) }
        }
        if let categories = field.categories {
            // Table Schema, categories: all plain values, or all objects.
            let labelled = categories.contains { $0.label != nil }
            pairs.append(("categories", .array(categories.map { category in
                let value = bound(category.value, type: field.type)
                guard labelled else { return value }
                return .object([("value", value)] + (category.label.map { [("label", JSONValue.string($0))] } ?? []))
            })))
            if field.categoriesOrdered { pairs.append(("categoriesOrdered", .bool(true))) }
        }
        let constraints = self.constraints(canonicalDates(field), type: field.type)
        if !constraints.isEmpty { pairs.append(("constraints", .object(constraints))) }
        return .object(pairs)
    }

    static func constraints(_ constraints: FieldConstraints, type: FieldType) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        if constraints.required { pairs.append(("required", .bool(true))) }
        if constraints.unique { pairs.append(("unique", .bool(true))) }
        if let values = constraints.enumValues { pairs.append(("enum", .array(values.map(JSONValue.string)))) }
        if let pattern = constraints.pattern { pairs.append(("pattern", .string(pattern))) }
        if let length = constraints.minLength { pairs.append(("minLength", .integer(length))) }
        if let length = constraints.maxLength { pairs.append(("maxLength", .integer(length))) }
        for (name, value) in [("minimum", constraints.minimum), ("maximum", constraints.maximum),
                              ("exclusiveMinimum", constraints.exclusiveMinimum), ("exclusiveMaximum", constraints.exclusiveMaximum)] {
            guard let value else { continue }
            pairs.append((name, bound(value, type: type)))
        }
        return pairs
    }

    /// A date field's enum and bounds in yyyy-mm-dd, as its exported values are.
    private static func canonicalDates(_ field: Field) -> FieldConstraints {
        var constraints = field.constraints
        guard field.type == .date, field.format != nil else { return constraints }
        let caster = FieldCaster(field: field, missingValues: [])
        func canonical(_ text: String?) -> String? { text.map { caster.castLogical($0)?.text ?? $0 } }
        constraints.enumValues = constraints.enumValues?.map { canonical($0) ?? $0 }
        constraints.minimum = canonical(constraints.minimum)
        constraints.maximum = canonical(constraints.maximum)
        constraints.exclusiveMinimum = canonical(constraints.exclusiveMinimum)
        constraints.exclusiveMaximum = canonical(constraints.exclusiveMaximum)
        return constraints
    }

    /// A descriptor value as JSON: a number for integer and number fields when it reads as one, else its text.
    private static func bound(_ text: String, type: FieldType) -> JSONValue {
        type == .integer ? Int(text).map(JSONValue.integer) ?? .string(text)
            : type == .number ? Double(text).map(JSONValue.number) ?? .string(text) : .string(text)
    }
}
