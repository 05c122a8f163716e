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
        let progress = Console.progressLine()
        do {
            validation = try Readout.validate(input.request(progress: progress))
            progress.progress.enter(.writing)
            try ExportCheck.write(Readout.export(validation, options: ExportOptions(formulaGuard: formulaGuard, byteOrderMark: bom)), to: out)
        } catch let error as InputError {
            progress.finish()
            throw Failure.exit(error)
        } catch let error as OutputError {
            progress.finish()
            throw Failure.exit(error)
        }
        progress.finish()
        Console.out("readout: exported \(validation.summary) to \(out)/\n")
    }
}
