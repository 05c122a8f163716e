import ArgumentParser
import ReadoutKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every rule with its default severity; with --schema, whether each runs on that schema and why not.")

    @Option(help: "A Data Package descriptor: list every rule as active or inactive on its tables, with the reasons.")
    var schema: String?

    @Option(help: "With --schema: the corpus folder the rules would read (without it the corpus rules are inactive).")
    var corpus: String?

    @Option(help: "With --schema: the rule configuration (default: rules.yaml beside the schema, when it exists).")
    var rules: String?

    func validate() throws {
        if corpus != nil || rules != nil, schema == nil { throw ValidationError("--corpus and --rules need --schema") }
    }

    func run() throws {
        guard let schema else {
            Console.out(RuleCatalog.list())
            return
        }
        do {
            Console.out(try RuleCoverageListing.list(schemaPath: schema, corpusFolder: corpus, rulesPath: rules))
        } catch {
            throw Failure.exit(error)
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one rule, with its options and examples.")

    @Argument(help: "The rule id, e.g. schema.foreign-key.")
    var id: String

    func run() throws {
        guard let text = RuleCatalog.explain(id) else {
            let suggestions = RuleCatalog.suggestions(for: id)
            throw ValidationError("no rule '\(id)'" + (suggestions.isEmpty ? "; see `readout rules`" : "; did you mean \(suggestions.joined(separator: ", "))?"))
        }
        Console.out(text + RuleCatalog.options(of: id))
    }
}
