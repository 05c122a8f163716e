import Foundation
import ReadoutExport
import ReadoutLoader
import ReadoutModel
import Testing

/// The exported datapackage.json says what the exported tables are: it reads back as the same schema.
@Suite struct PackageDescriptorTests {
    @Test func theNewSchemaPropertiesReadBack() throws {
        var level = Field(name: "level", type: .integer, categories: [
            Field.Category(value: "1", label: "low"), Field.Category(value: "2"),
        ], categoriesOrdered: true)
        level.constraints.exclusiveMinimum = "0"
        level.constraints.exclusiveMaximum = "3"
        var code = Field(name: "code", type: .string)
        code.constraints.pattern = "[A-Z]{2}"
        code.constraints.compiledPattern = try Pattern(xmlSchema: "[A-Z]{2}")
        let schema = TableSchema(fields: [
            Field(name: "id", type: .string), Field(name: "parent", type: .string), code, level,
            Field(name: "tags", type: .list, delimiter: ";", itemType: .integer),
        ], primaryKey: ["id"], foreignKeys: [ForeignKey(fields: ["parent"], resource: nil, referencedFields: ["id"])],
           uniqueKeys: [["code", "level"]])
        let package = DataPackage(name: "p", resources: [DataPackage.Resource(name: "t", schema: schema)])
        let files = Exporter.render(package: package, tables: [Table(name: "t", schema: schema)], findings: nil,
                                    options: ExportOptions())
        let descriptor = try #require(files.first { $0.path == "datapackage.json" })
        let folder = NSTemporaryDirectory() + "readout-descriptor-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/datapackage.json"
        try Data(descriptor.bytes).write(to: URL(fileURLWithPath: path))
        let read = try #require(try DescriptorLoader.load(path: path).resource(named: "t")?.schema)
        #expect(read.fields == schema.fields)
        #expect(read.uniqueKeys == schema.uniqueKeys)
        #expect(read.foreignKeys == schema.foreignKeys)
        #expect(read.primaryKey == schema.primaryKey)
    }
}
