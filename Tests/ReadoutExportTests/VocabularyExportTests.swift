import Foundation
import ReadoutExport
import ReadoutLoader
import ReadoutModel
import Testing

/// The exported descriptor keeps a field's vocabulary map, so the exported values keep their meanings.
@Suite struct VocabularyExportTests {
    @Test func theValuesMapReadsBackFromTheExportedDescriptor() throws {
        var mode = Field(name: "mode", type: .string, annotation: SchemaAnnotation.statementMode.rawValue)
        mode.constraints.enumValues = ["verbatim", "paraphrase"]
        mode.valueMeanings = ["verbatim": StatementMode.direct.rawValue, "paraphrase": StatementMode.indirect.rawValue]
        let plain = Field(name: "topic", type: .string, annotation: SchemaAnnotation.topic.rawValue)
        let schema = TableSchema(fields: [Field(name: "id", type: .string), mode, plain], primaryKey: ["id"])
        let package = DataPackage(name: "p", resources: [DataPackage.Resource(name: "t", schema: schema)])
        let files = Exporter.render(package: package, tables: [Table(name: "t", schema: schema)], findings: nil,
                                    options: ExportOptions())
        let descriptor = try #require(files.first { $0.path == "datapackage.json" })
        let folder = NSTemporaryDirectory() + "readout-vocabulary-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/datapackage.json"
        try Data(descriptor.bytes).write(to: URL(fileURLWithPath: path))
        let read = try #require(try DescriptorLoader.load(path: path).resource(named: "t")?.schema)
        #expect(read.fields == schema.fields)
        #expect(read.fields[1].meaning(StatementMode.self, of: .string("verbatim")) == .direct)
    }
}
