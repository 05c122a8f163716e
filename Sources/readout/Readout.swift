import ArgumentParser
import ReadoutKit

@main
struct ReadoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Check records extracted from news articles against their schema and articles, then export clean tables.",
        subcommands: [
            Validate.self,
            Describe.self,
            Export.self,
            Import.self,
            Init.self,
            Schema.self,
            Report.self,
            Rules.self,
            Explain.self,
            Resolve.self,
            Generate.self,
        ])
}
