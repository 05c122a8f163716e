import ArgumentParser
import ReadoutKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring corrected tables (CSV or JSON Lines, e.g. an edited export) back into the YAML data files.",
        discussion: """
            Records the export left out (see its findings table) are kept as they are; a record missing for \
            any other reason is removed, and listed. A table without a column the schema has is refused \
            unless --drop-missing-columns is given. The YAML files are replaced all together or not at all.
            """)

    @Option(help: "The folder of corrected tables: a Data Package, or files named after the tables.")
    var from: String

    @Flag(help: "Delete from the records the fields that a table has no column for (by default such a table is refused).")
    var dropMissingColumns = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let outcome: TableImport.Outcome
        do {
            outcome = try TableImport.run(from: from, into: input.request, dropMissingColumns: dropMissingColumns)
        } catch {
            throw Failure.exit(error)
        }
        switch outcome {
        case let .refused(validation):
            Console.out(FindingFormat.text.render(validation))
            Console.out("readout: nothing imported: the tables do not validate structurally\n")
            throw ExitCode(1)
        case let .imported(imported):
            for file in imported.files { Console.out("rewrote \(file)\n") }
            for field in imported.droppedFields { Console.out("dropped field \(field) from every record (--drop-missing-columns)\n") }
            for record in imported.deleted {
                let name = [record.table, record.key].compactMap { $0 }.joined(separator: " ")
                Console.out("removed \(name)\(record.location.map { " (\($0))" } ?? ""): the tables no longer have it\n")
            }
            if !imported.kept.isEmpty {
                Console.out("kept \(imported.kept.count) record\(imported.kept.count == 1 ? "" : "s") the export left out, untouched (\(imported.leftOutSource))\n")
            }
            Console.out("readout: imported \(imported.updated) changed, \(imported.added) new and \(imported.deleted.count) removed records\n")
        }
    }
}
