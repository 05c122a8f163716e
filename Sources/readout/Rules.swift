import ArgumentParser
import ReadoutKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule with its default severity.")

    func run() {
        Console.out(RuleCatalog.list())
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one rule, with examples.")

    @Argument(help: "The rule id, e.g. schema.foreign-key.")
    var id: String

    func run() throws {
        guard let text = RuleCatalog.explain(id) else {
            let suggestions = RuleCatalog.suggestions(for: id)
            throw ValidationError("no rule '\(id)'" + (suggestions.isEmpty ? "; see `readout rules`" : "; did you mean \(suggestions.joined(separator: ", "))?"))
        }
        Console.out(text)
    }
}
