import ReadoutModel

/// Every descriptor property of Data Package, Data Resource, Table Schema and Table Dialect (v1 and v2),
/// and what readout does with it. The parser checks each descriptor object against this table, so a
/// property is read, documentation only, or refused by name: never skipped. docs/table-schema-support.md
/// is rendered from it.
public enum PropertyInventory {
    /// The kinds of object a descriptor is made of.
    public enum Kind: String, CaseIterable, Sendable {
        case package = "Data Package"
        case resource = "Data Resource"
        case schema = "Table Schema"
        case field = "Field"
        case constraints = "Field constraints"
        case foreignKey = "Foreign key"
        case reference = "Foreign key reference"
        case category = "Category"
        case missingValue = "Missing value"
        case dialect = "Table Dialect"
        case license = "License"
        case source = "Source"
        case contributor = "Contributor"
        case exportSettings = "readout export settings"
        case annotation = "readout annotation"
    }

    public enum Support: Sendable, Equatable {
        /// Read into the model and honoured.
        case implemented
        /// Documentation only (the standard gives it no effect on the data): accepted, not interpreted.
        case descriptive
        /// Refused at load with this reason.
        case refused(String)
    }

    public struct Property: Sendable {
        public let kind: Kind
        public let name: String
        public let support: Support
        /// What readout does with it (implemented), or where it is described.
        public let note: String
        /// For field properties and constraints: the types it applies to (nil: every type).
        public let types: [FieldType]?
    }

    /// The property `name` of a `kind` object, if the standard or readout defines it.
    public static func property(_ name: String, of kind: Kind) -> Property? {
        index[kind]?[name]
    }

    public static func properties(of kind: Kind) -> [Property] {
        all.filter { $0.kind == kind }
    }

    private static let index: [Kind: [String: Property]] = Dictionary(grouping: all, by: \.kind)
        .mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.name, $0) }) }

    private static let numeric: [FieldType] = [.integer, .number]
    private static let ordered: [FieldType] = [.integer, .number, .date, .time, .datetime, .duration, .year, .yearmonth]
    private static let collections: [FieldType] = [.string, .array, .object]

    private static func implemented(_ kind: Kind, _ name: String, _ note: String, types: [FieldType]? = nil) -> Property {
        Property(kind: kind, name: name, support: .implemented, note: note, types: types)
    }

    private static func descriptive(_ kind: Kind, _ names: [String]) -> [Property] {
        names.map { Property(kind: kind, name: $0, support: .descriptive, note: "", types: nil) }
    }

    private static func refused(_ kind: Kind, _ name: String, _ reason: String) -> Property {
        Property(kind: kind, name: name, support: .refused(reason), note: reason, types: nil)
    }

    public static let all: [Property] = packageProperties + resourceProperties + schemaProperties + fieldProperties
        + constraintProperties + dialectProperties + documentationProperties

    private static let packageProperties: [Property] = [
        implemented(.package, "$schema", "decides the version: a `profiles/2.x` URL is v2, the `profiles/1.0` URL v1; other profiles are refused"),
        implemented(.package, "profile", "v1: `data-package`, `tabular-data-package` or their specs.frictionlessdata.io URLs make the package v1; other profiles are refused"),
        implemented(.package, "resources", "the tables, each with a unique name"),
        implemented(.package, SchemaAnnotation.property, "readout's own export settings (`formulaGuard`)"),
    ] + descriptive(.package, ["name", "id", "title", "description", "homepage", "image", "version", "created",
                                "keywords", "contributors", "sources", "licenses"])

    private static let resourceProperties: [Property] = [
        implemented(.resource, "name", "unique in the package; foreign keys name it"),
        implemented(.resource, "path", "a file, or an array of files read as one table (multipart), inside the package folder; URLs are refused (remote resources are not read), as are absolute paths, `..` and links leaving the folder"),
        implemented(.resource, "url", "v0: read as `path` when `path` is absent"),
        refused(.resource, "data", "inline data is not read: put the rows in a file and give its `path`"),
        implemented(.resource, "type", "`table` only (readout reads tables)"),
        implemented(.resource, "$schema", "a Data Resource profile URL (1.0 or 2.x); the version is the package's"),
        implemented(.resource, "profile", "v1: `data-resource` or `tabular-data-resource` (or their URLs); other profiles are refused"),
        implemented(.resource, "schema", "required: an object or a file beside the descriptor"),
        implemented(.resource, "dialect", "an object or a file beside the descriptor"),
        implemented(.resource, "format", "as declared (`csv`, `jsonl`, `json`...)"),
        implemented(.resource, "mediatype", "as declared"),
        implemented(.resource, "encoding", "the text encoding; UTF-8 when absent"),
        implemented(.resource, "bytes", "checked against the file's size"),
        implemented(.resource, "hash", "`md5` (bare hex), or `md5:`, `sha1:`, `sha256:`, `sha384:`, `sha512:` and hex; checked against the file"),
    ] + descriptive(.resource, ["title", "description", "homepage", "sources", "licenses"])

    private static let schemaProperties: [Property] = [
        implemented(.schema, "$schema", "a Table Schema profile URL (1.0 or 2.x); in a schema file it decides that schema's version"),
        implemented(.schema, "fields", "the columns, names unique"),
        implemented(.schema, "fieldsMatch", "`exact` (default), `equal`, `subset`, `superset`, `partial`"),
        implemented(.schema, "missingValues", "strings, or objects with `value` and `label`; `[\"\"]` by default"),
        implemented(.schema, "primaryKey", "a field name or a list of them"),
        implemented(.schema, "uniqueKeys", "lists of field names; rows with a null part are not compared"),
        implemented(.schema, "foreignKeys", "to another resource or (no `resource`, or v1 `\"\"`) to the same one"),
        implemented(.foreignKey, "fields", "a field name or a list of them"),
        implemented(.foreignKey, "reference", "the referenced resource and fields"),
        implemented(.reference, "resource", "a resource of the package; absent or `\"\"` (v1) is the same resource"),
        implemented(.reference, "fields", "as many as the key's fields, each a field of the referenced resource"),
    ]

    private static let fieldProperties: [Property] = [
        implemented(.field, "name", "unique in the schema"),
        implemented(.field, "type", "every type (below); absent is `any` in v2 and `string` in v1"),
        implemented(.field, "format", "checked by type (below); a `fmt:` prefix (v0) is removed"),
        implemented(.field, "constraints", "below"),
        implemented(.field, "missingValues", "v2: replaces the schema's for this field"),
        implemented(.field, "trueValues", "boolean: the texts read as true", types: [.boolean]),
        implemented(.field, "falseValues", "boolean: the texts read as false", types: [.boolean]),
        implemented(.field, "bareNumber", "`false` allows text around the number", types: numeric),
        implemented(.field, "decimalChar", "the decimal separator", types: [.number]),
        implemented(.field, "groupChar", "the thousands separator", types: numeric),
        implemented(.field, "delimiter", "list: the item separator", types: [.list]),
        implemented(.field, "itemType", "list: the items' type (string, integer, boolean, number, datetime, date, time)", types: [.list]),
        implemented(.field, "categories", "v2: the allowed values, with optional labels", types: [.string, .integer]),
        implemented(.field, "categoriesOrdered", "v2: the categories' order is their natural order", types: [.string, .integer]),
        implemented(.field, SchemaAnnotation.property, "readout's annotation: what the field means to the rules, a name or an object (below; schema/README.md)"),
        implemented(.category, "value", "the category's value, of the field's type"),
        implemented(.category, "label", "its label, unique"),
        implemented(.missingValue, "value", "the text that means missing"),
        implemented(.missingValue, "label", "why it is missing (documentation)"),
    ] + descriptive(.field, ["title", "description", "example", "rdfType"])

    private static let constraintProperties: [Property] = [
        implemented(.constraints, "required", "the value is not null"),
        implemented(.constraints, "unique", "no two rows share a value (nulls excluded)"),
        implemented(.constraints, "enum", "the value is one of these, compared as typed values"),
        implemented(.constraints, "pattern", "XML Schema regular expression matching the whole value, compiled when the schema loads", types: [.string]),
        implemented(.constraints, "minLength", "length in code points (string) or items", types: collections),
        implemented(.constraints, "maxLength", "length in code points (string) or items", types: collections),
        implemented(.constraints, "minimum", "compared as typed values", types: ordered),
        implemented(.constraints, "maximum", "compared as typed values", types: ordered),
        implemented(.constraints, "exclusiveMinimum", "compared as typed values", types: ordered),
        implemented(.constraints, "exclusiveMaximum", "compared as typed values", types: ordered),
        refused(.constraints, "jsonSchema", "readout has no JSON Schema validator (no such library among its dependencies)"),
    ]

    private static let dialectProperties: [Property] = [
        implemented(.dialect, "$schema", "a Table Dialect profile URL (1.0 or 2.x)"),
        implemented(.dialect, "header", "whether the file has a header row"),
        implemented(.dialect, "headerRows", "the header's rows, joined with `headerJoin`"),
        implemented(.dialect, "headerJoin", "joins multi-row headers"),
        implemented(.dialect, "commentRows", "rows skipped as comments"),
        implemented(.dialect, "commentChar", "rows starting with it are comments"),
        implemented(.dialect, "delimiter", "the field separator"),
        implemented(.dialect, "lineTerminator", "the row terminator"),
        implemented(.dialect, "quoteChar", "one character"),
        implemented(.dialect, "doubleQuote", "a doubled quote inside quotes is one quote"),
        implemented(.dialect, "escapeChar", "one character"),
        implemented(.dialect, "nullSequence", "a cell that is null as a whole"),
        implemented(.dialect, "skipInitialSpace", "spaces after a delimiter are not data"),
        implemented(.dialect, "property", "structured JSON: the property holding the rows"),
        implemented(.dialect, "itemType", "structured JSON: rows are `array`s or `object`s"),
        implemented(.dialect, "itemKeys", "structured JSON: the keys read from object rows, in order"),
        implemented(.dialect, "caseSensitiveHeader", "v1 CSV Dialect: header labels compared with case"),
        Property(kind: .dialect, name: "csvddfVersion", support: .descriptive,
                 note: "v1 CSV Dialect: the CSV Dialect version, no effect on reading", types: nil),
        refused(.dialect, "sheetNumber", "readout reads no spreadsheets"),
        refused(.dialect, "sheetName", "readout reads no spreadsheets"),
        refused(.dialect, "table", "readout reads no databases"),
    ]

    /// Parts of descriptive properties; listed so that the profiles' every property has its row.
    private static let documentationProperties: [Property] = descriptive(.license, ["name", "path", "title"])
        + descriptive(.source, ["title", "path", "email", "version"])
        + descriptive(.contributor, ["title", "givenName", "familyName", "path", "email", "roles", "role", "organization"])
        + [implemented(.exportSettings, "formulaGuard", "whether text cells carry the formula guard (read back from exports)")]
        + descriptive(.exportSettings, ["formulaGuardNote", "nullNote", "jsonLines"])
        + [implemented(.annotation, "annotation", "the annotation's name (schema/README.md); an unknown name is refused"),
           implemented(.annotation, "values", "for an annotation with a vocabulary: the schema's values mapped to readout's meanings (a value not listed means itself); every `enum` or `categories` value must resolve to a meaning, every key must be allowed by them, and every meaning must be the concept's, or the schema is refused")]

    /// Formats by type (Table Schema, Field Types); date, time and datetime also take strftime-style patterns.
    public static func formats(of type: FieldType) -> [String] {
        switch type {
        case .string: ["default", "email", "uri", "binary", "uuid"]
        case .date, .time, .datetime: ["default", "any"]
        case .geopoint: ["default", "array", "object"]
        case .geojson: ["default", "topojson"]
        case .number, .integer, .boolean, .object, .array, .list, .year, .yearmonth, .duration, .any: ["default"]
        }
    }

    /// Types whose `format` may be a strftime-style pattern.
    public static let patternFormatTypes: Set<FieldType> = [.date, .time, .datetime]
}
