import Foundation
import ReadoutLoader
import ReadoutModel

/// `readout init DIR`: a new project that validates cleanly as it is, for a group to rename and fill in:
/// an annotated Data Package (one schema file per table), one example article and its records, the
/// rule configuration, a Makefile, a GitHub Actions workflow, a README stub and the editors' JSON Schema.
public enum ProjectScaffold {
    /// The files, by path inside the project (the JSON Schema for editors is made from the descriptor).
    public static let files: [(path: String, text: String)] = [
        (descriptorPath, descriptor),
        ("schema/tables/sources.json", sources),
        ("schema/tables/events.json", events),
        ("schema/tables/accounts.json", accounts),
        ("schema/tables/statements.json", statements),
        ("schema/rules.yaml", rules),
        ("data/sources/s001.yaml", data),
        ("corpus/001_example.txt", article),
        ("Makefile", makefile),
        (".github/workflows/readout.yml", workflow),
        ("README.md", readme),
    ]

    /// Where readout looks by default (`--schema`), so that `readout validate` in the project needs no flags
    /// but `--corpus`; its rules.yaml beside it.
    public static let descriptorPath = "schema/datapackage.json"

    /// The editors' JSON Schema, written beside the descriptor (the data files name it in their modeline).
    public static let jsonSchemaPath = "schema/data.schema.json"

    /// Writes the project into `folder`, which must be missing or empty; returns the paths written.
    public static func create(in folder: String) throws(InputError) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw InputError(file: folder, message: "not a folder: readout init makes a new project folder") }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? ["?"]
            guard entries.isEmpty else {
                throw InputError(file: folder, message: "the folder is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")): readout init writes into a new or empty folder only")
            }
        }
        var written: [String] = []
        for file in files {
            try write(file.text, to: (folder as NSString).appendingPathComponent(file.path))
            written.append(file.path)
        }
        let package = try DescriptorLoader.load(path: (folder as NSString).appendingPathComponent(descriptorPath))
        try write(DataJSONSchema.schema(for: package).pretty, to: (folder as NSString).appendingPathComponent(jsonSchemaPath))
        return written + [jsonSchemaPath]
    }

    private static func write(_ text: String, to path: String) throws(InputError) {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(file: path, message: "cannot write the file: \((error as NSError).localizedDescription.lowercased())")
        }
    }
}
