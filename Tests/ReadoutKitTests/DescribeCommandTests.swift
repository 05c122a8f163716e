import Foundation
import Testing

/// `readout describe`, and `readout validate` of tables without a descriptor or a `--schema`.
extension CommandLineTests {
    private func tables() throws -> TestFolder {
        let folder = try TestFolder()
        try folder.write("t/people.csv", "id,born,score\r\n1,2001-02-03,1.5\r\n2,1999-12-31,NA\r\n")
        try folder.write("t/visits.jsonl", "{\"who\": 1, \"day\": \"2024-01-26\"}\n{\"who\": 2, \"day\": \"2024-01-27\"}\n")
        return folder
    }

    @Test func describeWritesTheInferredPackageAndRefusesToOverwriteIt() throws {
        let folder = try tables()
        let described = try run(["describe", folder.path + "/t"])
        #expect(described.status == 0, "\(described.error)")
        #expect(described.output.contains("described 2 tables, 5 fields in \(folder.path)/t/datapackage.json"))
        let descriptor = try #require(folder.read("t/datapackage.json"))
        let object = try JSONSerialization.jsonObject(with: Data(descriptor.utf8)) as? [String: Any]
        let resources = try #require(object?["resources"] as? [[String: Any]])
        #expect(resources.map { $0["path"] as? String } == ["people.csv", "visits.jsonl"])
        let schema = try #require(resources[0]["schema"] as? [String: Any])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.map { $0["type"] as? String } == ["integer", "date", "number"])
        #expect(schema["missingValues"] as? [String] == ["", "NA"])
        #expect(schema["primaryKey"] as? [String] == ["id"])

        let again = try run(["describe", folder.path + "/t"])
        #expect(again.status == 2)
        #expect(again.error.contains("datapackage.json: the file exists: give --force to replace it"))
        #expect(folder.read("t/datapackage.json") == descriptor, "the descriptor is left as it was")
        #expect(try run(["describe", folder.path + "/t", "--force"]).status == 0)
        let elsewhere = try run(["describe", folder.path + "/t/people.csv", "--out", folder.path + "/people.json"])
        #expect(elsewhere.status == 0)
        #expect(folder.read("people.json")?.contains("\"t/people.csv\"") == true, "paths are relative to the descriptor")
        let outside = try run(["describe", folder.path + "/t", "--out", folder.path + "/t/sub/datapackage.json"])
        #expect(outside.status == 2)
        #expect(outside.error.contains("the descriptor must be in the tables' folder or above it"))
    }

    @Test func bareTablesAreValidatedAgainstTheInferredSchemaWithANote() throws {
        let folder = try tables()
        for data in [folder.path + "/t", folder.path + "/t/people.csv"] {
            let result = try run(["validate", "--data", data], in: folder.path)
            #expect(result.status == 0, "\(result.output)\(result.error)")
            #expect(result.output.contains("note: no datapackage.json: checked against the schema inferred from the tables"))
            #expect(result.output.contains("`readout describe \(data)` writes it"))
        }
    }

    @Test func aDataPackageNeedsNoSchemaAndMayBeNamedByItsDescriptor() throws {
        let folder = try tables()
        #expect(try run(["describe", folder.path + "/t"]).status == 0)
        // Run where there is no schema/datapackage.json: the package's own schemas are all it needs.
        for data in [folder.path + "/t", folder.path + "/t/datapackage.json"] {
            let result = try run(["validate", "--data", data], in: folder.path)
            #expect(result.status == 0, "\(result.output)\(result.error)")
            #expect(result.output.contains("2 tables, 4 records: 0 errors"))
            #expect(!result.output.contains("inferred"))
        }
        try folder.write("t/people.csv", "id,born,score\r\n1,2001-02-03,high\r\n")
        let bad = try run(["validate", "--data", folder.path + "/t"], in: folder.path)
        #expect(bad.status == 1)
        #expect(bad.output.contains("people.csv:2:3: error:"))
        let named = try run(["validate", "--data", folder.path + "/t", "--schema", Project.root + "/schema/datapackage.json"])
        #expect(named.output.contains("note: --schema \(Project.root)/schema/datapackage.json is not used: \(folder.path)/t/datapackage.json has its own schemas"))
        try folder.write("t/notes.txt", "not a table")
        let other = try run(["validate", "--data", folder.path + "/t/notes.txt"], in: folder.path)
        #expect(other.status == 2)
        #expect(other.error.contains("notes.txt: readout reads a folder, a datapackage.json, or one .csv or .jsonl table"))
    }
}
