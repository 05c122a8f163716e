import ArgumentParser
import ReadoutKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data; exit 0 when clean (warnings allowed), 1 on errors or stale exports, 2 when input cannot be read.")

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json or github.")
    var format: FindingFormat = .text

    @Option(help: "Also check that this export folder holds what `readout export` would write now.")
    var exports: String?

    @Flag(help: "Print how long reading, checking and each rule took, slowest first, on standard error.")
    var benchmark = false

    func run() throws {
        let validation: Validation
        do {
            // Erased when the block is left, before anything is printed.
            let progress = Console.progressLine()
            defer { progress.finish() }
            validation = try Readout.validate(input.request(progress: progress))
        } catch {
            throw Failure.exit(error)
        }
        Console.out(format.render(validation))
        if benchmark { Console.error(RuleTimings.text(validation)) }
        var failed = validation.hasErrors
        if let exports {
            let stale = ExportCheck.stale(Readout.export(validation), in: exports)
            for path in stale {
                Console.out("\(exports)/\(path): error: the committed export differs from a fresh one; run `make export` [export.stale]\n")
            }
            failed = failed || !stale.isEmpty
        }
        if failed { throw ExitCode(1) }
    }
}

extension FindingFormat: ExpressibleByArgument {}
