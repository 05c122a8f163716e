import ArgumentParser
import ReadoutKit
import ReadoutReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report of the data and its findings (index.html in the report folder).")

    @OptionGroup var input: InputOptions

    @Option(help: "The report folder.")
    var out = "exports/report"

    /// The report shows findings rather than judging them: it exits 0 whenever the page is written.
    func run() throws {
        let validation: Validation
        do {
            validation = try Readout.validate(input.request)
            try ReportWriter.write(validation, to: out)
        } catch let error as InputError {
            throw Failure.exit(error)
        } catch let error as OutputError {
            throw Failure.exit(error)
        }
        Console.out("readout: wrote \(out)/\(ReportWriter.fileName) (\(validation.summary))\n")
    }
}
