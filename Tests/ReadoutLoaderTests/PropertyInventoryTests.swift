import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

/// Issue 13, item 7 (nothing ignored): every property of the v1 and v2 profiles is implemented,
/// descriptive or refused by name, and the parser goes by the inventory.
@Suite struct PropertyInventoryTests {
    @Test(arguments: ProfileProperty.all)
    func everyProfilePropertyHasItsRowAndItsBehaviour(_ entry: ProfileProperty) throws {
        let property = try #require(PropertyInventory.property(entry.name, of: entry.kind),
                                    "\(entry.testDescription) is missing from PropertyInventory")
        let placed = Placement(kind: entry.kind, name: entry.name, property: property)
        let result = try placed.load()
        switch property.support {
        case .implemented, .descriptive:
            if case let .failure(error) = result { Issue.record("\(entry.testDescription) was refused: \(error)") }
        case .refused:
            guard case let .failure(error) = result else {
                Issue.record("\(entry.testDescription) loaded although the inventory refuses it")
                return
            }
            #expect(error.message.contains("\(placed.path): '\(entry.name)' is refused"), "\(error.message)")
            #expect(error.file.hasSuffix("datapackage.json") && error.line != nil)
        }
    }

    @Test func aPropertyTheStandardDoesNotDefineIsRefusedWithItsPath() throws {
        let placed = Placement(kind: .field, name: "colour", value: "red", types: [.string])
        guard case let .failure(error) = try placed.load() else { Issue.record("expected a refusal"); return }
        #expect(error.message.hasPrefix("resources[0].schema.fields[0].colour: 'colour' is not a property of a Field"))
        #expect(error.file.hasSuffix("datapackage.json"))
        #expect(error.line == 1)
    }

    @Test func aPropertyOnATypeItDoesNotApplyToIsRefused() throws {
        // Table Schema, boolean: trueValues belong to boolean fields; on a string field they would do nothing.
        let placed = Placement(kind: .field, name: "trueValues", value: ["y"], types: [.string])
        guard case let .failure(error) = try placed.load() else { Issue.record("expected a refusal"); return }
        #expect(error.message.contains("resources[0].schema.fields[0].trueValues: 'trueValues' does not apply to a field of type 'string'"))
    }

    @Test func patternAppliesToStringFieldsOnly() throws {
        // Table Schema, pattern: "Fields: string".
        let placed = Placement(kind: .constraints, name: "pattern", value: "[0-9]+", types: [.integer])
        guard case let .failure(error) = try placed.load() else { Issue.record("expected a refusal"); return }
        #expect(error.message.contains("'pattern' does not apply to a field of type 'integer'"))
    }

    @Test func theDocsTableIsInStepWithTheInventory() throws {
        let path = Project.root + "/docs/table-schema-support.md"
        let rendered = PropertyInventory.markdown()
        if ProcessInfo.processInfo.environment["READOUT_WRITE_DOCS"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == rendered, "docs/table-schema-support.md is stale: rerun with READOUT_WRITE_DOCS=1")
        for property in PropertyInventory.all {
            #expect(written.contains("| `\(property.name)` |"))
        }
    }
}

/// A minimal package with one property placed on the object of its kind.
private struct Placement {
    let kind: PropertyInventory.Kind
    let name: String
    let value: Any
    let types: [FieldType]?

    init(kind: PropertyInventory.Kind, name: String, value: Any, types: [FieldType]?) {
        self.kind = kind
        self.name = name
        self.value = value
        self.types = types
    }

    init(kind: PropertyInventory.Kind, name: String, property: PropertyInventory.Property) {
        self.init(kind: kind, name: name, value: Samples.value(kind, name), types: property.types)
    }

    /// The JSON path of the property in the package.
    var path: String {
        let field = "resources[0].schema.fields[0]"
        let prefix: String = switch kind {
        case .package: ""
        case .resource: "resources[0]"
        case .schema: "resources[0].schema"
        case .field: field
        case .constraints: field + ".constraints"
        case .category: field + ".categories[0]"
        case .missingValue: "resources[0].schema.missingValues[0]"
        case .foreignKey: "resources[0].schema.foreignKeys[0]"
        case .reference: "resources[0].schema.foreignKeys[0].reference"
        case .dialect: "resources[0].dialect"
        case .license: "licenses[0]"
        case .source: "sources[0]"
        case .contributor: "contributors[0]"
        case .exportSettings: "readout"
        case .annotation: field + ".readout"
        }
        return prefix.isEmpty ? name : prefix + "." + name
    }

    /// `object` with `value` at `key` (replacing what the minimal object had there).
    private func with(_ object: [String: Any], _ key: String, _ value: Any) -> [String: Any] {
        var object = object
        object[key] = value
        return object
    }

    func load() throws -> Result<DataPackage, InputError> {
        let type = types?.first ?? .string
        var fieldObject: [String: Any] = ["name": "x", "type": type.rawValue]
        if type == .list { fieldObject["type"] = "list" }
        var constraints: [String: Any] = [:]
        var schema: [String: Any] = [:]
        var resource: [String: Any] = ["name": "a", "path": "a.csv"]
        var dialect: [String: Any] = [:]
        var package: [String: Any] = [:]
        switch kind {
        case .package: package[name] = value
        case .resource:
            resource[name] = value
            if name == "url" { resource["path"] = nil }
        case .schema: schema[name] = value
        case .field:
            fieldObject[name] = value
            if name == "categoriesOrdered" { fieldObject["categories"] = ["a"] }
        case .constraints: constraints[name] = value
        case .category: fieldObject["categories"] = [with(["value": "a"], name, value)]
        case .missingValue: schema["missingValues"] = [with(["value": ""], name, value)]
        case .foreignKey: schema["foreignKeys"] = [with(["fields": "x", "reference": ["fields": "x"]], name, value)]
        case .reference: schema["foreignKeys"] = [["fields": "x", "reference": with(["fields": "x"], name, value)]]
        case .dialect: dialect[name] = value
        case .license: package["licenses"] = [with(["name": "l"], name, value)]
        case .source: package["sources"] = [with(["title": "s"], name, value)]
        case .contributor: package["contributors"] = [with(["title": "c"], name, value)]
        case .exportSettings: package["readout"] = [name: value]
        case .annotation: fieldObject["readout"] = with(["annotation": "statement-mode"], name, value)
        }
        if !constraints.isEmpty { fieldObject["constraints"] = constraints }
        if schema["fields"] == nil { schema["fields"] = [fieldObject] }
        if resource["schema"] == nil { resource["schema"] = schema }
        if !dialect.isEmpty { resource["dialect"] = dialect }
        if package["resources"] == nil { package["resources"] = [resource] }
        let data = try JSONSerialization.data(withJSONObject: package, options: [.sortedKeys])
        let folder = try TestFolder()
        let file = try folder.write("datapackage.json", data)
        do {
            return .success(try DescriptorLoader.load(path: file))
        } catch {
            return .failure(error)
        }
    }
}

/// A valid value for each property (a string when any string will do).
private enum Samples {
    static func value(_ kind: PropertyInventory.Kind, _ name: String) -> Any {
        let profiles = "https://datapackage.org/profiles/2.0/"
        switch (kind, name) {
        case (.package, "$schema"): return profiles + "datapackage.json"
        case (.package, "profile"): return "tabular-data-package"
        case (.package, "resources"): return [["name": "a", "path": "a.csv", "schema": ["fields": [["name": "x"]]]]]
        case (.package, "licenses"), (.resource, "licenses"): return [["name": "CC0-1.0"]]
        case (.package, "sources"), (.resource, "sources"): return [["title": "a survey"]]
        case (.package, "contributors"): return [["title": "a researcher", "roles": ["author"]]]
        case (.package, "keywords"): return ["contacts"]
        case (.package, SchemaAnnotation.property): return ["formulaGuard": true]
        case (.resource, "$schema"): return profiles + "dataresource.json"
        case (.resource, "profile"): return "tabular-data-resource"
        case (.resource, "type"): return "table"
        case (.resource, "name"): return "a"
        case (.resource, "path"): return ["a1.csv", "a2.csv"]
        case (.resource, "url"): return "a.csv"
        case (.resource, "schema"): return ["fields": [["name": "x"]]]
        case (.resource, "dialect"): return ["delimiter": ";"]
        case (.resource, "bytes"): return 10
        case (.resource, "hash"): return "sha256:" + String(repeating: "0", count: 64)
        case (.resource, "data"): return [["x": "1"]]
        case (.schema, "$schema"): return profiles + "tableschema.json"
        case (.schema, "fields"): return [["name": "x"]]
        case (.schema, "fieldsMatch"): return "subset"
        case (.schema, "missingValues"): return ["", "NA"]
        case (.schema, "primaryKey"): return "x"
        case (.schema, "uniqueKeys"): return [["x"]]
        case (.schema, "foreignKeys"): return [["fields": "x", "reference": ["fields": "x"]]]
        case (.field, "name"): return "x"
        case (.field, "type"): return "string"
        case (.field, "format"): return "default"
        case (.field, "constraints"): return ["required": true]
        case (.field, "missingValues"): return ["-"]
        case (.field, "trueValues"), (.field, "falseValues"): return [name == "trueValues" ? "yes" : "no"]
        case (.field, "bareNumber"), (.field, "categoriesOrdered"): return false
        case (.field, "decimalChar"): return ","
        case (.field, "groupChar"): return " "
        case (.field, "delimiter"): return ";"
        case (.field, "itemType"): return "integer"
        case (.field, "categories"): return ["a", "b"]
        case (.field, SchemaAnnotation.property): return "note"
        case (.annotation, "annotation"): return "statement-mode"
        case (.annotation, "values"): return ["verbatim": "direct"]
        case (.constraints, "required"), (.constraints, "unique"): return true
        case (.constraints, "enum"): return ["a"]
        case (.constraints, "pattern"): return "[a-z]+"
        case (.constraints, "minLength"), (.constraints, "maxLength"): return 2
        case (.constraints, "minimum"), (.constraints, "maximum"), (.constraints, "exclusiveMinimum"),
             (.constraints, "exclusiveMaximum"): return 5
        case (.constraints, "jsonSchema"): return ["type": "object"]
        case (.reference, "resource"): return "a"
        case (.reference, "fields"), (.foreignKey, "fields"): return "x"
        case (.foreignKey, "reference"): return ["fields": "x"]
        case (.category, "value"): return "a"
        case (.missingValue, "value"): return ""
        case (.dialect, "$schema"): return profiles + "tabledialect.json"
        case (.dialect, "header"), (.dialect, "doubleQuote"), (.dialect, "skipInitialSpace"),
             (.dialect, "caseSensitiveHeader"): return true
        case (.dialect, "headerRows"): return [1, 2]
        case (.dialect, "commentRows"): return [3]
        case (.dialect, "delimiter"): return ";"
        case (.dialect, "lineTerminator"): return "\n"
        case (.dialect, "quoteChar"): return "'"
        case (.dialect, "escapeChar"): return "\\"
        case (.dialect, "itemType"): return "object"
        case (.dialect, "itemKeys"): return ["x"]
        case (.dialect, "sheetNumber"), (.dialect, "csvddfVersion"): return 1
        case (.contributor, "roles"): return ["author"]
        case (.exportSettings, "formulaGuard"): return false
        default: return "documentation"
        }
    }
}
