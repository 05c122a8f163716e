import ArgumentParser
import ReadoutKit

/// The options every command that reads the dataset shares.
struct InputOptions: ParsableArguments {
    @Option(help: "The data: a folder of YAML files or of tables, a datapackage.json, or one .csv or .jsonl table.")
    var data = "data"

    @Option(help: "The Data Package descriptor with the table schemas (default: schema/datapackage.json; not needed for a Data Package, whose own schemas are used, nor for bare tables, whose schema is inferred).")
    var schema: String?

    @Option(help: "The folder of article texts that evidence is checked against (evidence rules are skipped without it).")
    var corpus: String?

    @Option(help: "The rule configuration (default: rules.yaml beside the schema, when it exists).")
    var rules: String?

    @Option(help: "The reviewed findings (default: reviewed.yaml in the data folder, when it exists).")
    var reviews: String?

    var request: ValidationRequest {
        ValidationRequest(schemaPath: schema, dataFolder: data, corpusFolder: corpus, rulesPath: rules, reviewsPath: reviews)
    }

    /// The request, its progress counted for `line`.
    func request(progress line: ProgressLine) -> ValidationRequest {
        var request = request
        request.progress = line.progress
        return request
    }
}
