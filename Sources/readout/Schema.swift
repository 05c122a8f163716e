import ArgumentParser
import Foundation
import ReadoutKit

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a JSON Schema (draft-07) for the YAML data files, for editors (the YAML language server).",
        discussion: "Name it in a data file's first line: # yaml-language-server: $schema=PATH")

    @Flag(help: "Write the JSON Schema of the data files (the one form this command writes today).")
    var jsonSchema = false

    @Option(help: "The Data Package descriptor (default: schema/datapackage.json).")
    var schema: String?

    @Option(help: "Where to write it (default: standard output).")
    var out: String?

    func validate() throws {
        guard jsonSchema else { throw ValidationError("say what to write: --json-schema") }
    }

    func run() throws {
        let text: String
        do {
            text = try DataJSONSchema.text(descriptor: schema)
        } catch {
            throw Failure.exit(error)
        }
        guard let out else { return Console.out(text) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            Console.error("readout: error: \(out): cannot write the file\n")
            throw ExitCode(2)
        }
        Console.out("readout: wrote \(out)\n")
    }
}
