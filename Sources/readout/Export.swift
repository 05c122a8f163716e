import ArgumentParser
import ReadoutKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the clean tables (CSV and JSON Lines), the findings and datapackage.json.")

    @OptionGroup var input: InputOptions

    @Option(help: "The export folder.")
    var out = "exports"

    @Flag(help: "Start each CSV with a UTF-8 byte order mark, for Excel.")
    var bom = false

    @Flag(inversion: .prefixedNo, help: "Prefix ' to text cells a spreadsheet would run as a formula.")
    var formulaGuard = true

    func run() throws {
        let validation: Validation
        do {
            // Erased when the block is left, before anything is printed.
            let progress = Console.progressLine()
            defer { progress.finish() }
            validation = try Readout.validate(input.request(progress: progress))
            progress.progress.enter(.writing)
            try ExportCheck.write(Readout.export(validation, options: ExportOptions(formulaGuard: formulaGuard, byteOrderMark: bom)), to: out)
        } catch let error as InputError {
            throw Failure.exit(error)
        } catch let error as OutputError {
            throw Failure.exit(error)
        }
        Console.out("readout: exported \(validation.summary) to \(out)/\n")
    }
}
