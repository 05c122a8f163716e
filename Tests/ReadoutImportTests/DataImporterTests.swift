import Foundation
import ReadoutImport
import ReadoutLoader
import ReadoutModel
import Testing

@Suite struct DataImporterTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/schema/datapackage.json"

    /// A data file that cannot be read when the import plans its edits (here: a folder took its place;
    /// in `make faults`, a failed open) is an error naming it, never edited as if it were empty.
    @Test func aDataFileThatCannotBeReadWhenPlanningIsAnErrorNamingIt() throws {
        let folder = NSTemporaryDirectory() + "readout-import-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        let file = folder + "/data/actors.yaml"
        try Data("actors:\n  - id: xi\n    name: Xi Jinping\n    kind: person\n".utf8).write(to: URL(fileURLWithPath: file))
        let package = try DescriptorLoader.load(path: Self.schema)
        let current = try RecordLoader(package: package).load(folder: folder + "/data")
        var tables = current
        let actors = try #require(tables.tables.firstIndex { $0.name == "actors" })
        let name = try #require(tables.tables[actors].schema.index(of: "name"))
        tables.tables[actors].records[0].values[name] = .string("Xi")
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        #expect {
            try DataImporter.plan(tables: tables, present: ["actors"], current: current, leftOut: [:], defaultFolder: folder + "/data")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == file && error.message.hasPrefix("cannot read the file") && error.message.hasSuffix(": nothing imported")
        }
    }
}
