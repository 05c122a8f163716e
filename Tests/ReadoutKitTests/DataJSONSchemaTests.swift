import Foundation
@testable import ReadoutKit
import ReadoutModel
import Testing

/// `readout schema --json-schema`: the YAML data files' shape, for editors.
@Suite struct DataJSONSchemaTests {
    private func schema() throws -> [String: Any] {
        let text = try DataJSONSchema.text(descriptor: Project.root + "/schema/datapackage.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aDataFileMapsTheTablesToListsOfClosedRecords() throws {
        let schema = try schema()
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(schema["additionalProperties"] as? Bool == false)
        let tables = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(tables.count == 11)
        #expect(tables["accounts"]?["type"] as? [String] == ["array", "null"])
        let definitions = try #require(schema["definitions"] as? [String: [String: Any]])
        let accounts = try #require(definitions["accounts"])
        #expect(accounts["additionalProperties"] as? Bool == false)
        #expect(accounts["required"] as? [String] == ["id", "source_id", "event_id", "evidence"])
        let fields = try #require(accounts["properties"] as? [String: [String: Any]])
        #expect(fields["stated_date"]?["type"] as? [String] == ["string", "null"])
        #expect(fields["stated_date"]?["format"] as? String == "date")
        #expect(fields["from_caption"]?["type"] as? [String] == ["boolean", "null"])
        #expect(fields["evidence"]?["minLength"] as? Int == 3)
        #expect(fields["evidence"]?["maxLength"] as? Int == 400)
        #expect(fields["id"]?["pattern"] as? String == "^(?:s[0-9]{3,}-a[0-9]{2,})$")
        #expect((fields["tense"]?["enum"] as? [Any])?.count == 3, "past, future, and null for an optional field")
        let events = try #require(definitions["events"]?["properties"] as? [String: [String: Any]])
        #expect(events["id"]?["pattern"] as? String == "^(?:e-[a-z0-9-]+)$")
    }

    @Test(arguments: [
        ("s[0-9]{3,}", "^(?:s[0-9]{3,})$"),
        ("e-[a-z0-9-]+", "^(?:e-[a-z0-9-]+)$"),
        ("[^,]+|x", "^(?:[^,]+|x)$"),
        ("[$^]", "^(?:[$^])$"),
        ("[a-z-[aeiou]]", nil),
        ("\\i\\c*", nil),
        ("\\w+", nil),
        ("\\p{Lu}", nil),
        ("a^b", nil),
        ("cost: 5$", nil),
    ] as [(String, String?)])
    func patternsTranslateOnlyWhereTheyMeanTheSame(xmlSchema: String, ecmaScript: String?) {
        #expect(DataJSONSchema.ecmaScript(xmlSchema) == ecmaScript)
    }

    @Test func integersAndEnumsKeepTheirJSONTypes() throws {
        var constraints = FieldConstraints()
        constraints.enumValues = ["1", "2"]
        constraints.minimum = "1"
        let package = DataPackage(name: "p", resources: [
            DataPackage.Resource(name: "t", paths: [], schema: TableSchema(fields: [
                Field(name: "n", type: .integer, constraints: constraints),
                Field(name: "when", type: .year),
            ], primaryKey: ["n"])),
        ])
        let text = DataJSONSchema.schema(for: package).pretty
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let fields = try #require(((object["definitions"] as? [String: Any])?["t"] as? [String: Any])?["properties"] as? [String: [String: Any]])
        #expect(fields["n"]?["type"] as? String == "integer", "a primary-key field is required, never null")
        #expect(fields["n"]?["enum"] as? [Int] == [1, 2])
        #expect(fields["n"]?["minimum"] as? Int == 1)
        #expect(fields["when"]?["type"] as? [String] == ["integer", "null"])
    }
}
