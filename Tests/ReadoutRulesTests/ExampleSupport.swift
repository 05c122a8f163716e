import Foundation
import ReadoutLoader
import ReadoutModel

/// The project's schema and in-memory corpora for rule tests.
enum ExampleSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func loader() throws -> RecordLoader {
        RecordLoader(package: try DescriptorLoader.load(path: root + "/schema/datapackage.json"))
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
