import ReadoutExport
import ReadoutLoader
import ReadoutModel

/// `readout generate`: a synthetic dataset for benchmarks, as a table folder, a corpus and, on request, YAML.
/// Rendered whole before anything is written, so that a schema or a value that cannot be read or written
/// as YAML (an input error) stops the run before the first file.
public struct SyntheticData {
    /// Each output folder under `out` (tables, corpus and, with YAML, yaml) with its files, in writing order.
    private let folders: [(name: String, files: [ExportFile])]
    /// What was generated: its tables and records.
    public let summary: String

    /// From `seed`, `statements` statements in the schema at `schemaPath`: the tables (datapackage.json,
    /// csv/, jsonl/), the corpus and, with `yaml`, the YAML data files.
    public static func generate(statements: Int, seed: UInt64, schemaPath: String, yaml: Bool) throws(InputError) -> SyntheticData {
        let package = try DescriptorLoader.load(path: schemaPath)
        let synthetic = SyntheticDataset.generate(statements: statements, seed: seed, package: package)
        let tables = Exporter.render(package: package, tables: synthetic.dataset.tables,
                                     findings: nil, options: ExportOptions())
        let corpus = synthetic.corpus.sorted { $0.key < $1.key }.map { ExportFile(path: $0.key, text: $0.value) }
        var folders = [(name: "tables", files: tables), (name: "corpus", files: corpus)]
        if yaml {
            folders.append((name: "yaml", files: try synthetic.yamlFiles().map { ExportFile(path: $0.path, text: $0.text) }))
        }
        return SyntheticData(folders: folders, summary: "\(synthetic.dataset.tables.count) tables, \(synthetic.dataset.recordCount) records")
    }

    /// Writes `out`/tables, `out`/corpus and, when generated, `out`/yaml.
    public func write(to out: String) throws(OutputError) {
        for folder in folders {
            try ExportWriter.write(folder.files, to: out + "/" + folder.name)
        }
    }
}
