import ArgumentParser
import ReadoutKit

struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Resolve a date expression (\"on Tuesday\", \"two months earlier\") against an anchor date.")

    @Argument(help: "The expression as written.")
    var expression: String

    @Option(help: "The anchor: a publication or event date, YYYY-MM-DD.")
    var anchor: String

    @Option(help: "With an inferred anchor: its latest possible date.")
    var anchorLatest: String?

    @Flag(help: "Read the expression in the future tense (the default is past, as news mostly is).")
    var future = false

    func run() throws {
        guard let text = DateResolution.describe(expression, anchor: anchor, anchorLatest: anchorLatest, future: future) else {
            throw ValidationError("anchors are dates written YYYY-MM-DD")
        }
        Console.out(text)
    }
}
