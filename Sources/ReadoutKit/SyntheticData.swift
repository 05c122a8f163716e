import ReadoutExport
import ReadoutLoader
import ReadoutModel
import ReadoutSynthetic

/// `readout generate`: a synthetic dataset for benchmarks, as a table folder, a corpus and, on request, YAML.
public enum SyntheticData {
    /// Writes, from `seed`, `out`/tables (datapackage.json, csv/, jsonl/), `out`/corpus and, with `yaml`, `out`/yaml.
    public static func write(statements: Int, seed: UInt64, schemaPath: String, out: String, yaml: Bool) throws(ImportError) -> String {
        let package: DataPackage
        do {
            package = try DescriptorLoader.load(path: schemaPath)
        } catch {
            throw .input(error)
        }
        let synthetic = SyntheticDataset.generate(statements: statements, seed: seed, package: package)
        let tables = Exporter.render(package: package, tables: synthetic.dataset.tables,
                                     findings: nil, options: ExportOptions())
        let yamlFiles: [ExportFile]
        do {
            yamlFiles = yaml ? try synthetic.yamlFiles().map { ExportFile(path: $0.path, text: $0.text) } : []
        } catch {
            throw .input(error)
        }
        do {
            try ExportWriter.write(tables, to: out + "/tables")
            try ExportWriter.write(synthetic.corpus.keys.sorted().map { ExportFile(path: $0, text: synthetic.corpus[$0] ?? "") }, to: out + "/corpus")
            if yaml {
                try ExportWriter.write(yamlFiles, to: out + "/yaml")
            }
        } catch {
            throw .output(error)
        }
        return "\(synthetic.dataset.tables.count) tables, \(synthetic.dataset.recordCount) records"
    }
}
