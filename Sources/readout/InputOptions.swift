import ArgumentParser
import ReadoutKit

/// The options every command that reads the dataset shares.
struct InputOptions: ParsableArguments {
    @Option(help: "The folder of YAML data files.")
    var data = "data"

    @Option(help: "The Data Package descriptor with the table schemas.")
    var schema = "schema/datapackage.json"

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
