import ReadoutLoader
import ReadoutModel
import Testing

@Suite struct DescriptorLoaderTests {
    @Test func readsTheProjectSchemaWithItsAnnotations() throws {
        let package = try DescriptorLoader.load(path: Project.schema)
        #expect(package.resources.count >= 10)
        let sources = try #require(package.resource(named: "sources"))
        #expect(sources.schema.primaryKey == ["id"])
        #expect(sources.schema.has(.corpusFile))
        let events = try #require(package.resource(named: "events"))
        #expect(events.schema.foreignKeys.contains { $0.resource == nil && $0.fields == ["parent_id"] })
    }

    private func loadError(_ descriptor: String, schemaFile: String? = nil) throws -> InputError {
        let folder = try TestFolder()
        let path = try folder.write("datapackage.json", descriptor)
        if let schemaFile { try folder.write("t.json", schemaFile) }
        do {
            _ = try DescriptorLoader.load(path: path)
        } catch {
            return error
        }
        Issue.record("expected an error")
        return InputError(file: "", message: "")
    }

    @Test func brokenJSONNamesFileAndLine() throws {
        let error = try loadError("{\n  \"resources\": [\n    {\"name\": \"a\",, }\n  ]\n}\n")
        #expect(error.file.hasSuffix("datapackage.json"))
        #expect(error.line == 3)
    }

    @Test func unsupportedTypeIsNamed() throws {
        let error = try loadError("""
            {"resources": [{"name": "a", "schema": {"fields": [{"name": "x", "type": "point"}]}}]}
            """)
        #expect(error.message.contains("'point'"))
    }

    @Test func unknownAnnotationIsAnError() throws {
        let error = try loadError("""
            {"resources": [{"name": "a", "schema": {"fields": [{"name": "x", "readout": "evidance"}]}}]}
            """)
        #expect(error.message.contains("evidance"))
    }

    @Test func foreignKeyToMissingResourceIsAnError() throws {
        let error = try loadError("""
            {"resources": [{"name": "a", "schema": {"fields": [{"name": "x"}],
              "foreignKeys": [{"fields": "x", "reference": {"resource": "b", "fields": "id"}}]}}]}
            """)
        #expect(error.message.hasPrefix("resources[0].schema.foreignKeys[0].reference: resource 'a' has a foreign key to 'b'"))
        #expect(error.line == 2)
    }

    @Test func schemaFilesAreReadBesideTheDescriptorButNotOutsideIt() throws {
        let ok = try TestFolder()
        try ok.write("t.json", #"{"fields": [{"name": "id"}], "primaryKey": "id"}"#)
        let path = try ok.write("datapackage.json", #"{"resources": [{"name": "a", "schema": "t.json"}]}"#)
        #expect(try DescriptorLoader.load(path: path).resources.first?.schema.primaryKey == ["id"])
        let error = try loadError(#"{"resources": [{"name": "a", "schema": "../t.json"}]}"#)
        #expect(error.message.contains("refused"))
    }
}
