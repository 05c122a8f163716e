import ArgumentParser
import ReadoutKit
import ReadoutSynthetic

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic dataset in the project's schema, for benchmarks: tables, corpus and optionally YAML.")

    @Option(help: "How many statements (sources, events and the rest scale with it).")
    var records: Int

    @Option(help: "The seed of the generator: the same seed and size give the same bytes on every run.")
    var seed: UInt64 = 2024

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "The Data Package descriptor with the table schemas.")
    var schema = "schema/datapackage.json"

    @Flag(help: "Also write the records as YAML data files.")
    var yaml = false

    func run() throws {
        let synthetic: SyntheticData
        do {
            synthetic = try SyntheticData.generate(statements: records, seed: seed, schemaPath: schema, yaml: yaml)
            try synthetic.write(to: out)
        } catch let error as InputError {
            throw Failure.exit(error)
        } catch let error as OutputError {
            throw Failure.exit(error)
        }
        Console.out("readout: generated \(synthetic.summary) in \(out)/\n")
    }
}
