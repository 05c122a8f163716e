import ArgumentParser
import ReadoutKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data; exit 0 when clean (warnings allowed), 1 on errors or stale exports, 2 when input cannot be read.",
        discussion: """
            With --format json, github or sarif, standard output holds one document in every exit path: \
            input that cannot be read (exit 2) is {"error": {...}} in JSON, an ::error command in github \
            and a SARIF log whose invocation failed; the message goes to standard error as well. A bad \
            flag is a usage error (exit 64): its message goes to standard error and standard output stays \
            empty. --min-severity and --rule leave findings out of the output and the exit code alike.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json, github (workflow commands) or sarif (SARIF 2.1.0).")
    var format: FindingFormat = .text

    @Option(help: "Also check that this export folder holds what `readout export` would write now (export.stale).")
    var exports: String?

    @Option(help: "Show only findings at least this severe: error, warning or info; those left out do not fail.")
    var minSeverity: Severity?

    @Option(name: .customLong("rule"), help: "Show only this rule's findings (repeatable); others do not fail.")
    var onlyRules: [String] = []

    @Flag(help: "Print how long reading, checking and each rule took, slowest first, on standard error.")
    var benchmark = false

    func validate() throws {
        let unknown = FindingFilter.unknownRules(onlyRules)
        if !unknown.isEmpty { throw ValidationError(unknown.joined(separator: "\n")) }
    }

    func run() throws {
        var validation: Validation
        do {
            // Erased when the block is left, before anything is printed.
            let progress = Console.progressLine()
            defer { progress.finish() }
            validation = try Readout.validate(input.request(progress: progress))
        } catch {
            if let document = format.render(error) { Console.out(document) }
            throw Failure.exit(error)
        }
        if let exports { validation = ExportCheck.checked(validation, exports: exports) }
        validation = FindingFilter(minimumSeverity: minSeverity, rules: onlyRules).apply(to: validation)
        Console.out(format.render(validation))
        if benchmark { Console.error(RuleTimings.text(validation)) }
        if validation.hasErrors { throw ExitCode(1) }
    }
}

extension FindingFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
