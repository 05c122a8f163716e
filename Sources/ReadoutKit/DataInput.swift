import Foundation
import ReadoutLoader
import ReadoutModel

/// What `--data` names, and so which schema its records are checked against.
enum DataInput {
    /// A Data Package: the folder holding `datapackage.json`, whose own schemas are the schema.
    case package(folder: String)
    /// CSV and JSON Lines files named after the tables of the schema file.
    case namedTables(folder: String, schemaPath: String)
    /// Tables with no descriptor and no `--schema`: checked against the schema inferred from them.
    case bareTables(TableDescriber.Tables)
    /// YAML records of the schema file's tables.
    case records(folder: String, schemaPath: String)

    init(_ request: ValidationRequest) throws(InputError) {
        let path = request.dataFolder
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            if (path as NSString).lastPathComponent == TableFolderLoader.descriptorName {
                self = .package(folder: (path as NSString).deletingLastPathComponent)
            } else if TableDescriber.tableExtensions.contains((path as NSString).pathExtension.lowercased()) {
                self = .bareTables(try TableDescriber.tables(at: path))
            } else {
                throw InputError(file: path, message: "readout reads a folder, a \(TableFolderLoader.descriptorName), or one .csv or .jsonl table")
            }
        } else if FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(TableFolderLoader.descriptorName)) {
            self = .package(folder: path)
        } else if TableFolderLoader.holdsTables(path) {
            if let schemaPath = request.schemaPath {
                self = .namedTables(folder: path, schemaPath: schemaPath)
            } else {
                self = .bareTables(try TableDescriber.tables(at: path))
            }
        } else {
            self = .records(folder: path, schemaPath: request.resolvedSchemaPath)
        }
    }

    /// What the run says about where its schema came from, when that is not the schema file.
    func notes(_ request: ValidationRequest) -> [String] {
        switch self {
        case let .package(folder):
            let descriptor = (folder as NSString).appendingPathComponent(TableFolderLoader.descriptorName)
            return request.schemaPath.map { ["--schema \($0) is not used: \(descriptor) has its own schemas"] } ?? []
        case let .bareTables(tables):
            let named = request.schemaPath.map { " (--schema \($0) is not used for a single table)" } ?? ""
            return ["no \(TableFolderLoader.descriptorName): checked against the schema inferred from the tables\(named); "
                + "`readout describe \(tables.path)` writes it"]
        case .namedTables, .records:
            return []
        }
    }

    func load(_ request: ValidationRequest) throws(InputError) -> Dataset {
        switch self {
        case let .package(folder):
            // The folder's own descriptor is read by the loader; the package passed in is not used.
            return try TableFolderLoader.load(folder: folder.isEmpty ? "." : folder, package: DataPackage(resources: []),
                                              progress: request.progress)
        case let .namedTables(folder, schemaPath):
            return try TableFolderLoader.load(folder: folder, package: try DescriptorLoader.load(path: schemaPath),
                                              progress: request.progress)
        case let .bareTables(tables):
            return try TableDescriber.load(tables, package: try TableDescriber.describe(tables))
        case let .records(folder, schemaPath):
            return try RecordLoader(package: try DescriptorLoader.load(path: schemaPath)).load(
                folder: folder, excluding: Set([request.resolvedReviewsPath].compactMap { $0 }), progress: request.progress)
        }
    }
}
