import ReadoutKit
import ReadoutModel
import Testing

/// A primary key defined in two files: the finding names both places, the other file included.
@Suite struct DuplicateKeyAcrossFilesTests {
    @Test func theMessageNamesTheOtherFileAndLine() throws {
        let folder = try TestFolder()
        let actor = "  - id: xi\n    name: Xi Jinping\n    kind: person\n"
        let first = try folder.write("data/a.yaml", "# shared\nactors:\n" + actor)
        let second = try folder.write("data/b.yaml", "actors:\n" + actor)
        let validation = try Readout.validate(ValidationRequest(schemaPath: Project.root + "/schema/datapackage.json",
                                                                dataFolder: folder.path + "/data"))
        let finding = try #require(validation.findings.first { $0.ruleID == "schema.primary-key" })
        #expect(finding.location?.file == second)
        #expect(finding.message.contains("(first at \(first):3)"))
        #expect(finding.related.first?.location?.file == first)
    }

    @Test func inOneFileTheLineIsEnough() throws {
        let folder = try TestFolder()
        let actor = "  - id: xi\n    name: Xi Jinping\n    kind: person\n"
        try folder.write("data/a.yaml", "actors:\n" + actor + actor)
        let validation = try Readout.validate(ValidationRequest(schemaPath: Project.root + "/schema/datapackage.json",
                                                                dataFolder: folder.path + "/data"))
        let finding = try #require(validation.findings.first { $0.ruleID == "schema.primary-key" })
        #expect(finding.message.contains("(first at line 2)"))
    }
}
