import Foundation
import ReadoutKit
import ReadoutLoader
import ReadoutModel
import Testing

/// An export folder read back as a Data Package: findings.csv is readout's own resource, never data.
@Suite struct ExportFolderTests {
    private func exported(_ folder: TestFolder) throws -> Validation {
        try folder.write("data/actors.yaml", "actors:\n  - id: xi\n    name: Xi Jinping\n    kind: leader\n  - id: li\n    name: Li Qiang\n    kind: person\n")
        let validation = try Readout.validate(ValidationRequest(
            schemaPath: Project.root + "/schema/datapackage.json", dataFolder: folder.path + "/data"))
        try ExportCheck.write(Readout.export(validation), to: folder.path + "/exports")
        return validation
    }

    @Test func theFindingsResourceIsMarkedAndNotValidatedAsData() throws {
        let folder = try TestFolder()
        let original = try exported(folder)
        let descriptor = try #require(folder.read("exports/datapackage.json"))
        #expect(descriptor.contains("\"readout\": {\n        \"role\": \"findings\"\n      }"))
        let package = try DescriptorLoader.load(path: folder.path + "/exports/datapackage.json")
        #expect(package.findings?.path == "findings.csv")
        #expect(package.resource(named: "findings") == nil)
        let validation = try Readout.validate(ValidationRequest(dataFolder: folder.path + "/exports"))
        #expect(validation.dataset.tables.map(\.name) == original.dataset.tables.map(\.name))
        #expect(!validation.findings.contains { $0.location?.file.hasSuffix("findings.csv") == true })
    }

    @Test func anExportWithoutItsFindingsIsReadable() throws {
        let folder = try TestFolder()
        _ = try exported(folder)
        for name in ["findings.csv", "findings.jsonl"] {
            try FileManager.default.removeItem(atPath: folder.path + "/exports/" + name)
        }
        let validation = try Readout.validate(ValidationRequest(dataFolder: folder.path + "/exports"))
        #expect(validation.dataset.recordCount == 1, "li, exported clean; xi was left out for its error")
    }

    @Test func aMarkerWithAnotherRoleOrPropertyIsRefused() throws {
        let folder = try TestFolder()
        _ = try exported(folder)
        let descriptor = try #require(folder.read("exports/datapackage.json"))
        for (marker, message) in [("\"role\": \"notes\"", "'notes' is not one"), ("\"kind\": \"findings\"", "'kind' is not a property of readout's resource marker")] {
            try folder.write("exports/datapackage.json", descriptor.replacingOccurrences(of: "\"role\": \"findings\"", with: marker))
            #expect {
                try DescriptorLoader.load(path: folder.path + "/exports/datapackage.json")
            } throws: { error in
                (error as? InputError)?.message.contains(message) == true
            }
        }
    }
}
