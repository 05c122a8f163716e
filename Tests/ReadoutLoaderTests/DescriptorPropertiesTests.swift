import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

/// How the properties of a descriptor reach the model, case by case with the section of the standard.
@Suite struct DescriptorPropertiesTests {
    private func load(_ descriptor: String, files: [String: String] = [:]) throws -> Result<DataPackage, InputError> {
        let folder = try TestFolder()
        let path = try folder.write("datapackage.json", descriptor)
        for (name, text) in files { try folder.write(name, text) }
        do {
            return .success(try DescriptorLoader.load(path: path))
        } catch {
            return .failure(error)
        }
    }

    private func package(_ descriptor: String, files: [String: String] = [:]) throws -> DataPackage {
        try load(descriptor, files: files).get()
    }

    private func field(_ field: String, root: String = "") throws -> Field {
        let package = try package(#"{\#(root)"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [\#(field)]}}]}"#)
        return try #require(package.resources.first?.schema.fields.first)
    }

    private func refusal(_ descriptor: String, files: [String: String] = [:]) throws -> InputError {
        guard case let .failure(error) = try load(descriptor, files: files) else {
            Issue.record("expected the descriptor to be refused")
            return InputError(file: "", message: "")
        }
        return error
    }

    private func fieldRefusal(_ field: String) throws -> String {
        try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [\#(field)]}}]}"#).message
    }

    struct Version: Sendable, CustomTestStringConvertible {
        let root: String
        let standard: TableSchema.Standard
        let section: String
        var testDescription: String { root.isEmpty ? "(none)" : root }
    }

    static let versions: [Version] = [
        Version(root: #""$schema": "https://datapackage.org/profiles/2.0/datapackage.json","#, standard: .v2,
                section: "Data Package, $schema: the recommended value"),
        Version(root: #""$schema": "https://datapackage.org/profiles/1.0/datapackage.json","#, standard: .v1,
                section: "Data Package, $schema: the default value"),
        Version(root: #""profile": "tabular-data-package","#, standard: .v1,
                section: "Data Package, $schema: backward compatibility (profile)"),
        Version(root: "", standard: .v1, section: "Data Package, $schema: the default is the 1.0 profile"),
    ]

    @Test(arguments: versions)
    func theVersionComesFromTheRoot(_ version: Version) throws {
        let package = try package(#"{\#(version.root) "resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}}]}"#)
        #expect(package.resources.first?.schema.standard == version.standard, "\(version.section)")
    }

    @Test func anUnknownProfileIsRefused() throws {
        let error = try refusal(#"{"$schema": "https://example.org/my-profile.json", "resources": []}"#)
        #expect(error.message.contains("$schema: '$schema' is 'https://example.org/my-profile.json'"))
    }

    @Test func aSchemaFileDecidesItsOwnVersion() throws {
        // Glossary, Profile: $schema has effect on the root of a descriptor; a schema file is one.
        let package = try package(#"{"resources": [{"name": "a", "path": "a.csv", "schema": "t.json"}]}"#,
                                  files: ["t.json": #"{"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": [{"name": "x"}]}"#])
        #expect(package.resources.first?.schema.standard == .v2)
        #expect(package.resources.first?.schema.fields.first?.type == .any)
    }

    @Test func anAbsentTypeIsAnyInV2AndStringInV1() throws {
        // Table Schema, type and format: "If type is not provided a consumer MUST utilize the any type".
        let v2 = #""$schema": "https://datapackage.org/profiles/2.0/datapackage.json","#
        #expect(try field(#"{"name": "x"}"#, root: v2).type == .any)
        #expect(try field(#"{"name": "x"}"#).type == .string)
    }

    @Test func everyTypeIsAccepted() throws {
        for type in FieldType.allCases {
            #expect(try field(#"{"name": "x", "type": "\#(type.rawValue)"}"#).type == type)
        }
        #expect(try fieldRefusal(#"{"name": "x", "type": "text"}"#).contains("type 'text'"))
    }

    struct Format: Sendable, CustomTestStringConvertible {
        let type: String
        let format: String
        let accepted: Bool
        var testDescription: String { "\(type) \(format)" }
    }

    /// Table Schema, Field Types: each type's formats.
    static let formats: [Format] = [
        Format(type: "string", format: "email", accepted: true), Format(type: "string", format: "uri", accepted: true),
        Format(type: "string", format: "binary", accepted: true), Format(type: "string", format: "uuid", accepted: true),
        Format(type: "string", format: "url", accepted: false),
        Format(type: "date", format: "any", accepted: true), Format(type: "date", format: "%d/%m/%Y", accepted: true),
        Format(type: "date", format: "fmt:%d/%m/%Y", accepted: true),
        Format(type: "date", format: "dd/mm/yyyy", accepted: false), Format(type: "date", format: "%Q", accepted: false),
        Format(type: "time", format: "%H:%M", accepted: true), Format(type: "datetime", format: "%Y-%m-%dT%H:%M:%S%z", accepted: true),
        Format(type: "geopoint", format: "array", accepted: true), Format(type: "geopoint", format: "object", accepted: true),
        Format(type: "geopoint", format: "lonlat", accepted: false),
        Format(type: "geojson", format: "topojson", accepted: true),
        Format(type: "number", format: "default", accepted: true), Format(type: "number", format: "currency", accepted: false),
        Format(type: "year", format: "%Y", accepted: false), Format(type: "any", format: "default", accepted: true),
    ]

    @Test(arguments: formats)
    func formatsAreCheckedByType(_ format: Format) throws {
        let descriptor = #"{"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x", "type": "\#(format.type)", "format": "\#(format.format)"}]}}]}"#
        switch try load(descriptor) {
        case let .success(package):
            #expect(format.accepted)
            let stored = package.resources.first?.schema.fields.first?.format
            #expect(stored == (format.format == "default" ? nil : format.format.replacingOccurrences(of: "fmt:", with: "")))
        case let .failure(error):
            #expect(!format.accepted, "\(error)")
            #expect(error.message.contains("format '\(format.format)'"))
        }
    }

    @Test func fieldPropertiesReachTheModel() throws {
        let number = try field(#"{"name": "x", "type": "number", "bareNumber": false, "decimalChar": ",", "groupChar": ".", "missingValues": ["-", {"value": "NA", "label": "not asked"}]}"#)
        #expect(!number.bareNumber && number.decimalChar == "," && number.groupChar == ".")
        #expect(number.missingValues == ["-", "NA"])
        let list = try field(#"{"name": "x", "type": "list", "delimiter": ";", "itemType": "date"}"#)
        #expect(list.delimiter == ";" && list.itemType == .date)
        let boolean = try field(#"{"name": "x", "type": "boolean", "trueValues": ["y"], "falseValues": ["n"]}"#)
        #expect(boolean.trueValues == ["y"] && boolean.falseValues == ["n"])
        let categorical = try field(#"{"name": "x", "type": "integer", "categories": [{"value": 1, "label": "low"}, {"value": 2}], "categoriesOrdered": true}"#)
        #expect(categorical.categories == [Field.Category(value: "1", label: "low"), Field.Category(value: "2")])
        #expect(categorical.categoriesOrdered)
    }

    @Test func fieldPropertyMistakesAreRefused() throws {
        // Table Schema, list: itemType is one of the primitive types.
        #expect(try fieldRefusal(#"{"name": "x", "type": "list", "itemType": "object"}"#).contains("itemType 'object'"))
        // Table Schema, categories: an enum MUST be a subset of the categories.
        #expect(try fieldRefusal(#"{"name": "x", "categories": ["a"], "constraints": {"enum": ["b"]}}"#).contains("'b'"))
        #expect(try fieldRefusal(#"{"name": "x", "type": "integer", "categories": ["a"]}"#).contains("not an integer"))
        #expect(try fieldRefusal(#"{"name": "x", "categoriesOrdered": true}"#).contains("without 'categories'"))
        #expect(try fieldRefusal(#"{"name": "x", "type": "boolean", "trueValues": ["1"], "falseValues": ["1"]}"#).contains("both true and false"))
    }

    @Test func constraintsReachTheModel() throws {
        let field = try field(#"{"name": "x", "type": "integer", "constraints": {"minimum": 1, "exclusiveMinimum": 0, "maximum": "9", "exclusiveMaximum": 10, "enum": [1, 2]}}"#)
        #expect(field.constraints.minimum == "1" && field.constraints.exclusiveMinimum == "0")
        #expect(field.constraints.maximum == "9" && field.constraints.exclusiveMaximum == "10")
        #expect(field.constraints.enumValues == ["1", "2"])
        let text = try self.field(#"{"name": "x", "constraints": {"pattern": "s[0-9]{3}", "minLength": 1}}"#)
        #expect(text.constraints.pattern == "s[0-9]{3}")
        #expect(text.constraints.compiledPattern?.matches("s001") == true)
        // Table Schema, minimum: "Fields: integer, number, date, time, datetime, duration, year, yearmonth".
        #expect(try fieldRefusal(#"{"name": "x", "type": "boolean", "constraints": {"minimum": 1}}"#).contains("'minimum' does not apply"))
        // Table Schema, minLength: "Fields: collections (string, array, object)".
        #expect(try fieldRefusal(#"{"name": "x", "type": "integer", "constraints": {"maxLength": 1}}"#).contains("'maxLength' does not apply"))
    }

    @Test func aPatternThatIsNotXMLSchemaIsRefusedAtLoadNamingIt() throws {
        let message = try fieldRefusal(#"{"name": "x", "constraints": {"pattern": "^a.*$"}}"#)
        #expect(message.hasPrefix("resources[0].schema.fields[0].constraints.pattern: field 'x' has the pattern '^a.*$'"))
    }

    @Test func schemaPropertiesReachTheModel() throws {
        let package = try package(#"""
            {"resources": [{"name": "a", "path": "a.csv", "schema": {
              "fields": [{"name": "id"}, {"name": "parent"}, {"name": "code"}],
              "missingValues": [{"value": "", "label": "blank"}, "-"], "primaryKey": "id",
              "uniqueKeys": [["code"], ["code", "parent"]], "fieldsMatch": "superset",
              "foreignKeys": [{"fields": "parent", "reference": {"resource": "", "fields": "id"}},
                              {"fields": ["code"], "reference": {"fields": ["id"]}}]}}]}
            """#)
        let schema = try #require(package.resources.first?.schema)
        #expect(schema.missingValues == ["", "-"])
        #expect(schema.uniqueKeys == [["code"], ["code", "parent"]])
        #expect(schema.fieldsMatch == .superset)
        // Table Schema, foreignKeys: v1's "" and v2's omitted resource are both self references.
        #expect(schema.foreignKeys.map(\.resource) == [nil, nil])
        #expect(schema.foreignKeys.map { $0.referencedTable(from: "a") } == ["a", "a"])
    }

    @Test func schemaMistakesAreRefused() throws {
        let base = #"{"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}], "#
        #expect(try refusal(base + #""uniqueKeys": [["y"]]}}]}"#).message.contains("unique key field 'y'"))
        #expect(try refusal(base + #""uniqueKeys": []}}]}"#).message.contains("must not be empty"))
        #expect(try refusal(base + #""fieldsMatch": "loose"}}]}"#).message.contains("'loose'"))
        #expect(try refusal(base + #""missingValues": ["", ""]}}]}"#).message.contains("listed twice"))
    }

    @Test func dialectsReachTheModelInlineOrFromAFile() throws {
        let inline = try package(#"""
            {"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]},
              "dialect": {"delimiter": ";", "quoteChar": "'", "doubleQuote": false, "escapeChar": "\\",
                          "header": true, "headerRows": [1, 2], "headerJoin": "-", "commentChar": "#",
                          "commentRows": [4], "lineTerminator": "\n", "nullSequence": "\\N", "skipInitialSpace": true,
                          "caseSensitiveHeader": true}}]}
            """#)
        let dialect = try #require(inline.resources.first?.dialect)
        #expect(dialect.delimiter == ";" && dialect.quoteChar == "'" && !dialect.doubleQuote && dialect.escapeChar == "\\")
        #expect(dialect.headerRows == [1, 2] && dialect.headerJoin == "-" && dialect.commentChar == "#")
        #expect(dialect.commentRows == [4] && dialect.lineTerminator == "\n" && dialect.nullSequence == "\\N")
        #expect(dialect.skipInitialSpace && dialect.caseSensitiveHeader)
        let file = try package(#"{"resources": [{"name": "a", "path": "a.json", "schema": {"fields": [{"name": "x"}]}, "dialect": "d.json"}]}"#,
                               files: ["d.json": #"{"property": "rows", "itemType": "object", "itemKeys": ["x"]}"#])
        #expect(file.resources.first?.dialect.property == "rows")
        #expect(file.resources.first?.dialect.itemType == .object && file.resources.first?.dialect.itemKeys == ["x"])
        let sheet = try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}, "dialect": {"sheetName": "s"}}]}"#)
        #expect(sheet.message.contains("resources[0].dialect.sheetName: 'sheetName' is refused: readout reads no spreadsheets"))
        let quote = try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}, "dialect": {"quoteChar": "''"}}]}"#)
        #expect(quote.message.contains("one character"))
    }

    @Test func resourcePropertiesReachTheModel() throws {
        let package = try package(#"""
            {"resources": [{"name": "a", "type": "table", "path": ["a1.csv", "a2.csv"], "format": "csv",
              "mediatype": "text/csv", "encoding": "windows-1252", "bytes": 120,
              "hash": "sha256:0000000000000000000000000000000000000000000000000000000000000000",
              "schema": {"fields": [{"name": "x"}]}}]}
            """#)
        let resource = try #require(package.resources.first)
        #expect(resource.paths == ["a1.csv", "a2.csv"])
        #expect(resource.format == "csv" && resource.mediatype == "text/csv" && resource.encoding == "windows-1252")
        #expect(resource.bytes == 120 && resource.hash?.hasPrefix("sha256:") == true)
        let v0 = try self.package(#"{"resources": [{"name": "a", "url": "a.csv", "schema": {"fields": [{"name": "x"}]}}]}"#)
        #expect(v0.resources.first?.paths == ["a.csv"])
    }

    struct RefusedPath: Sendable, CustomTestStringConvertible {
        let path: String
        let mentions: String
        var testDescription: String { path }
    }

    static let refusedPaths: [RefusedPath] = [
        RefusedPath(path: #""https://example.org/a.csv""#, mentions: "remote resources are not read"),
        RefusedPath(path: #"["a.csv", "s3://bucket/b.csv"]"#, mentions: "remote resources are not read"),
        RefusedPath(path: #""../a.csv""#, mentions: "'..' leaves the folder"),
        RefusedPath(path: #""/etc/passwd""#, mentions: "absolute paths are not allowed"),
        RefusedPath(path: "[]", mentions: "lists no file"),
        RefusedPath(path: #"".hidden/a.csv""#, mentions: "hidden files and folders"),
    ]

    @Test(arguments: refusedPaths)
    func dataPathsStayInThePackageFolder(_ refused: RefusedPath) throws {
        let error = try refusal(#"{"resources": [{"name": "a", "path": \#(refused.path), "schema": {"fields": [{"name": "x"}]}}]}"#)
        #expect(error.message.contains(refused.mentions), "\(error.message)")
    }

    @Test func aDataPathThatLinksOutOfTheFolderIsRefused() throws {
        // Glossary, URL or Path: paths MUST be relative siblings or children of the descriptor.
        let folder = try TestFolder()
        let outside = try TestFolder()
        try outside.write("secret.csv", "x\n1\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a.csv", withDestinationPath: outside.path + "/secret.csv")
        let path = try folder.write("datapackage.json", #"{"resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}}]}"#)
        #expect(throws: InputError.self) { _ = try DescriptorLoader.load(path: path) }
        do {
            _ = try DescriptorLoader.load(path: path)
        } catch {
            #expect(error.message.contains("links outside its folder"))
            #expect(error.line == 1)
        }
    }

    @Test func resourceMistakesAreRefused() throws {
        let schema = #""schema": {"fields": [{"name": "x"}]}"#
        #expect(try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "hash": "crc32:00", \#(schema)}]}"#).message.contains("'crc32'"))
        #expect(try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "hash": "abc", \#(schema)}]}"#).message.contains("32 hexadecimal digits"))
        #expect(try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "type": "image", \#(schema)}]}"#).message.contains("tables only"))
        #expect(try refusal(#"{"resources": [{"name": "a", "bytes": 10, \#(schema)}]}"#).message.contains("no file to check"))
        #expect(try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "schema": "https://example.org/s.json"}]}"#).message.contains("remote resources are not read"))
        #expect(try refusal(#"{"resources": [{"name": "a", "path": "a.csv", "profile": "fiscal-data-resource", \#(schema)}]}"#).message.contains("'fiscal-data-resource'"))
    }

    @Test func readoutExportSettingsAreReadAndCheckedToo() throws {
        let resources = #""resources": [{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}}]"#
        #expect(try package(#"{"readout": {"formulaGuard": false, "nullNote": "n"}, \#(resources)}"#).formulaGuard == false)
        #expect(try refusal(#"{"readout": {"formulaGuarde": false}, \#(resources)}"#).message.contains("readout.formulaGuarde"))
    }
}
