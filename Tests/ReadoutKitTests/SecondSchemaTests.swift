import ReadoutKit
import ReadoutModel
import Testing

/// Another research group's schema, with other table and column names: the rules find their
/// fields through the `readout` annotations alone.
@Suite struct SecondSchemaTests {
    static let descriptor = """
        {"name": "press-quotes", "resources": [
          {"name": "papers", "schema": {"fields": [
            {"name": "paper", "type": "string", "constraints": {"required": true}},
            {"name": "text_file", "type": "string", "readout": "corpus-file"},
            {"name": "digest", "type": "string", "readout": "corpus-sha256"}],
            "primaryKey": "paper"}},
          {"name": "sayings", "schema": {"fields": [
            {"name": "n", "type": "integer"},
            {"name": "paper", "type": "string"},
            {"name": "span", "type": "string", "readout": "evidence"},
            {"name": "said_on", "type": "date"}],
            "primaryKey": ["paper", "n"],
            "foreignKeys": [{"fields": "paper", "reference": {"resource": "papers", "fields": "paper"}}]}}
        ]}
        """

    @Test func rulesWorkThroughAnnotationsOnAnotherSchema() throws {
        let folder = try TestFolder()
        let schema = try folder.write("schema/datapackage.json", Self.descriptor)
        try folder.write("corpus/one.txt", "The minister said the talks were useful.\n")
        try folder.write("data/papers.yaml", """
            papers:
              - paper: daily
                text_file: one.txt
                digest: 0000000000000000000000000000000000000000000000000000000000000000
            sayings:
              - n: 1
                paper: daily
                span: the talks were useful
                said_on: 2024-04-02
              - n: 2
                paper: daily
                span: the talks were fruitful
                said_on: 2024-04-31
              - n: 3
                paper: weekly
                span: useful
            """)
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: schema, dataFolder: folder.path + "/data", corpusFolder: folder.path + "/corpus"))
        let found = validation.findings.map { "\($0.ruleID)@\($0.location?.line ?? 0)" }
        #expect(found.contains("source.checksum@4"))
        #expect(found.contains("evidence.not-found@12"))
        #expect(found.contains("schema.type@13"))
        #expect(found.contains("schema.foreign-key@15"))
        #expect(!found.contains("evidence.not-found@8"))
        #expect(validation.hasErrors)
    }
}
