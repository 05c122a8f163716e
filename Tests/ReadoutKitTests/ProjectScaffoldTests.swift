import Foundation
import ReadoutKit
import ReadoutModel
import Testing

/// `readout init`: a new project that validates cleanly before anyone edits it.
@Suite struct ProjectScaffoldTests {
    @Test func aNewProjectValidatesWithNoFindingAtAll() throws {
        let folder = try TestFolder()
        let project = folder.path + "/project"
        let written = try ProjectScaffold.create(in: project)
        for path in [ProjectScaffold.descriptorPath, "schema/rules.yaml", "Makefile", "README.md", ".github/workflows/readout.yml",
                     "corpus/001_example.txt", "data/sources/s001.yaml", ProjectScaffold.jsonSchemaPath] {
            #expect(written.contains(path))
            #expect(FileManager.default.fileExists(atPath: project + "/" + path), "\(path) is written")
        }
        let request = ValidationRequest(schemaPath: project + "/" + ProjectScaffold.descriptorPath, dataFolder: project + "/data",
                                        corpusFolder: project + "/corpus")
        let validation = try Readout.validate(request)
        #expect(validation.findings.map { "\($0.ruleID): \($0.message)" } == [])
        #expect(validation.dataset.tables.map(\.records.count) == [1, 1, 1, 1], "one example record per table")
        // The rule configuration beside the descriptor is the one used, and it parses.
        #expect(validation.notes.allSatisfy { !$0.contains("rules.yaml") })
        // Every rule the scaffold's tables could feed runs: no note says one cannot.
        #expect(validation.notes == [])
        // The editors' schema is the one `readout schema --json-schema` writes for the descriptor.
        #expect(folder.read("project/" + ProjectScaffold.jsonSchemaPath) == (try DataJSONSchema.text(descriptor: project + "/" + ProjectScaffold.descriptorPath)))
        #expect(folder.read("project/data/sources/s001.yaml")?.hasPrefix("# yaml-language-server: $schema=../../schema/data.schema.json\n") == true)
    }

    @Test func theMakefileAndWorkflowRunTheValidation() throws {
        let folder = try TestFolder()
        _ = try ProjectScaffold.create(in: folder.path + "/p")
        let makefile = try #require(folder.read("p/Makefile"))
        #expect(makefile.contains("INPUTS := --data data --schema schema/datapackage.json --corpus corpus\n"))
        #expect(makefile.contains("validate:\n\t$(READOUT) validate $(INPUTS) $(FLAGS)\n"))
        #expect(try #require(folder.read("p/.github/workflows/readout.yml")).contains("make validate READOUT=/tmp/readout/.build/release/readout FLAGS=\"--format github\""))
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws {
        let folder = try TestFolder()
        try folder.write("notes.txt", "mine\n")
        #expect(throws: InputError.self) { _ = try ProjectScaffold.create(in: folder.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        #expect(folder.read("notes.txt") == "mine\n")
    }

    @Test func theCommandsExitAsDocumented() throws {
        let folder = try TestFolder()
        let cli = CommandLineTests()
        let made = try cli.run(["init", folder.path + "/new"])
        #expect(made.status == 0)
        #expect(made.output.contains("wrote schema/datapackage.json"))
        let again = try cli.run(["init", folder.path + "/new"])
        #expect(again.status == 2)
        #expect(again.error.contains("the folder is not empty"))
        // From inside the project, the defaults find the schema, the data and the rule configuration.
        let clean = try cli.run(["validate", "--corpus", "corpus"], in: folder.path + "/new")
        #expect(clean.status == 0)
        #expect(!clean.output.contains("error:") && !clean.output.contains("warning:"), "\(clean.output)")

        let descriptor = folder.path + "/new/" + ProjectScaffold.descriptorPath
        let written = try cli.run(["schema", "--json-schema", "--schema", descriptor, "--out", folder.path + "/out.json"])
        #expect(written.status == 0)
        #expect(folder.read("out.json") == (try DataJSONSchema.text(descriptor: descriptor)))
        #expect(try cli.run(["schema", "--json-schema", "--schema", descriptor]).output == (try DataJSONSchema.text(descriptor: descriptor)))
        #expect(try cli.run(["schema", "--json-schema", "--schema", folder.path + "/missing.json"]).status == 2)
        #expect(try cli.run(["schema"]).status != 0, "it says what to write")
    }
}
