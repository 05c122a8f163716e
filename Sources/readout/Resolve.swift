import ArgumentParser
import ReadoutKit

struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Resolve a date expression (\"on Tuesday\", \"two months earlier\") against an anchor date; exit 1 when it cannot be resolved.")

    @Argument(help: "The expression as written.")
    var expression: String

    @Option(help: "The anchor: a publication or event date, YYYY-MM-DD.")
    var anchor: String

    @Option(help: "With an inferred anchor: its latest possible date.")
    var anchorLatest: String?

    @Flag(help: "Read the expression in the future tense (the default is past, as news mostly is).")
    var future = false

    func run() throws {
        guard let outcome = DateResolution.describe(expression, anchor: anchor, anchorLatest: anchorLatest, future: future) else {
            throw ValidationError("anchors are dates written YYYY-MM-DD")
        }
        Console.out(outcome.text)
        // Like grep finding nothing: scripts can tell an expression the resolver has no rule for.
        if !outcome.resolved { throw ExitCode(1) }
    }
}
