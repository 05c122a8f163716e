import ArgumentParser
import ReadoutKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new project in DIR: an annotated Data Package, data/, rules.yaml, a Makefile, a CI workflow, a README and an example article.",
        discussion: "DIR must be new or empty. The project validates cleanly as it is: `make validate` in DIR.")

    @Argument(help: "The folder to create the project in (new or empty).")
    var folder: String

    func run() throws {
        let written: [String]
        do {
            written = try ProjectScaffold.create(in: folder)
        } catch {
            throw Failure.exit(error)
        }
        for path in written { Console.out("wrote \(path)\n") }
        Console.out("readout: new project in \(folder): run `make validate` there, then make the schema and data your own\n")
    }
}
