import Foundation
import ReadoutLoader
import ReadoutModel
import Testing

@Suite struct DataImporterTests {
    /// A data file that cannot be read when the import plans its edits (here: a folder took its place;
    /// in `make faults`, a failed open) is an error naming it, never edited as if it were empty.
    @Test func aDataFileThatCannotBeReadWhenPlanningIsAnErrorNamingIt() throws {
        let folder = try TestFolder()
        let file = try folder.write("data/actors.yaml", "actors:\n  - id: xi\n    name: Xi Jinping\n    kind: person\n")
        let package = try DescriptorLoader.load(path: Project.schema)
        let current = try RecordLoader(package: package).load(folder: folder.path + "/data")
        var tables = current
        let actors = try #require(tables.tables.firstIndex { $0.name == "actors" })
        let name = try #require(tables.tables[actors].schema.index(of: "name"))
        tables.tables[actors].records[0].values[name] = .string("Xi")
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        #expect {
            try DataImporter.plan(tables: tables, present: ["actors"], current: current, leftOut: [:], defaultFolder: folder.path + "/data")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == file && error.message.hasPrefix("cannot read the file") && error.message.hasSuffix(": nothing imported")
        }
    }
}
