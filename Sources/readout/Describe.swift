import ArgumentParser
import ReadoutKit

struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Infer a Data Package (types, formats, missing values, a candidate primary key) from CSV and JSON Lines tables and write datapackage.json.")

    @Argument(help: "A folder of .csv and .jsonl tables, or one table file.")
    var path: String

    @Option(help: "Where to write the descriptor (default: datapackage.json in the folder).")
    var out: String?

    @Flag(help: "Replace an existing descriptor.")
    var force = false

    func run() throws {
        let written: (path: String, tables: Int, fields: Int)
        do {
            written = try Description.write(path, out: out, force: force)
        } catch {
            throw Failure.exit(error)
        }
        Console.out("readout: described \(written.tables) tables, \(written.fields) fields in \(written.path)\n")
    }
}
