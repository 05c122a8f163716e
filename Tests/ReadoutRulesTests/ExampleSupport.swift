import Foundation
import ReadoutLoader
import ReadoutModel
import ReadoutRules
import Testing

/// The project's schema and in-memory corpora for rule tests.
enum ExampleSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func loader() throws -> RecordLoader {
        RecordLoader(package: try DescriptorLoader.load(path: root + "/schema/datapackage.json"))
    }

    /// The example's records: YAML in the project's schema, or a CSV table of the resource it names.
    static func dataset(_ text: String, of table: RuleExample.TableSource?) throws -> Dataset {
        guard let table else { return try loader().load(yaml: text, file: "example.yaml") }
        let project = try DescriptorLoader.load(path: root + "/schema/datapackage.json")
        var resource: DataPackage.Resource
        switch table {
        case let .project(name):
            resource = try #require(project.resource(named: name), "no resource '\(name)' in the project's schema")
        case let .schema(schema, dialect):
            resource = DataPackage.Resource(name: "example", paths: ["example.csv"], schema: schema, dialect: dialect)
        case let .resource(given):
            resource = given
        }
        resource.format = "csv"
        let package = DataPackage(resources: [resource])
        var dataset = Dataset(package: package)
        dataset.tables[0] = try TableText.table(Array(text.utf8), file: "example.csv", resource: resource)
        return dataset
    }

    /// The corpus the example's sources name, built from its texts.
    static func corpus(_ texts: [String: String], for dataset: Dataset) -> Corpus? {
        guard !texts.isEmpty else { return nil }
        let names = dataset.tables.flatMap { table -> [String] in
            guard let field = table.schema.index(of: .corpusFile) else { return [] }
            return table.records.compactMap { $0.values[field].stringValue }
        }
        return CorpusLoader.corpus(texts: texts, names: names)
    }
}
