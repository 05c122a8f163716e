import ReadoutImport
import ReadoutLoader
import ReadoutModel
import Temporal

/// A synthetic dataset in the project's schema, for benchmarks: N statements with realistic sizes
/// and links (N/100 sources, N/20 events, 320 actors) and a controlled share of defects, so that every
/// rule does real work. The same seed gives the same dataset.
public struct SyntheticDataset: Sendable {
    public let dataset: Dataset
    /// Corpus file name → article text, holding every evidence span of its source.
    public let corpus: [String: String]

    public static func generate(statements: Int, seed: UInt64 = 2024, package: DataPackage) -> SyntheticDataset {
        var generator = Generator(package: package, seed: seed)
        generator.generate(statements: max(100, statements))
        return SyntheticDataset(dataset: generator.dataset(), corpus: generator.corpus)
    }

    /// The YAML data files of the dataset: one per source with its records, and the shared tables.
    public func yamlFiles() throws(InputError) -> [(path: String, text: String)] {
        let shared = ["actors", "roles", "role_variants", "events"]
        var files = [("shared/shared.yaml", try YAMLDataWriter.text(dataset.tables.filter { shared.contains($0.name) }, comment: "shared tables",
                                                                 file: "shared/shared.yaml"))]
        guard let sources = dataset.table(named: "sources") else { return files }
        // Records of each source are contiguous: every per-source id starts with the source's id and a dash.
        var bySource: [String: [Table]] = [:]
        for table in dataset.tables where !shared.contains(table.name) && table.name != "sources" {
            var groups: [String: [Record]] = [:]
            for record in table.records {
                let key = record.values[0].text ?? ""
                groups[String(key.prefix { $0 != "-" }), default: []].append(record)
            }
            for (source, records) in groups { bySource[source, default: []].append(Table(name: table.name, schema: table.schema, records: records)) }
        }
        for source in sources.records {
            let id = source.values[0].text ?? ""
            let tables = [Table(name: "sources", schema: sources.schema, records: [source])] + (bySource[id] ?? [])
            let path = "sources/\(id).yaml"
            files.append((path, try YAMLDataWriter.text(tables, comment: "synthetic source \(id)", file: path)))
        }
        return files
    }
}
