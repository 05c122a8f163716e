import ArgumentParser
import ReadoutKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring corrected tables (CSV or JSON Lines, e.g. an edited export) back into the YAML data files.")

    @Option(help: "The folder of corrected tables: a Data Package, or files named after the tables.")
    var from: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let outcome: TableImport.Outcome
        do {
            outcome = try TableImport.run(from: from, into: input.request)
        } catch {
            throw Failure.exit(error)
        }
        switch outcome {
        case let .refused(validation):
            Console.out(FindingFormat.text.render(validation))
            Console.out("readout: nothing imported: the tables do not validate structurally\n")
            throw ExitCode(1)
        case let .imported(files, updated, added, deleted):
            for file in files { Console.out("rewrote \(file)\n") }
            Console.out("readout: imported \(updated) changed, \(added) new and \(deleted) removed records\n")
        }
    }
}
