import Foundation
import ReadoutExport
import ReadoutLoader
import ReadoutModel

/// `readout describe`: the Data Package inferred from bare tables, written as `datapackage.json`.
public enum Description {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case input(InputError)
        case output(OutputError)
        /// The descriptor exists and `force` was not given.
        case exists(String)

        public var description: String {
            switch self {
            case let .input(error): error.description
            case let .output(error): error.description
            case let .exists(path): "\(path): the file exists: give --force to replace it"
            }
        }
    }

    /// Infers the package of the tables at `path` (a folder or one file) and writes its descriptor to
    /// `out` (default: `datapackage.json` in the folder); an existing file is replaced only with `force`.
    /// Returns the path written and what it describes.
    public static func write(_ path: String, out: String?, force: Bool) throws(Failure) -> (path: String, tables: Int, fields: Int) {
        var package: DataPackage
        let tables: TableDescriber.Tables
        do {
            tables = try TableDescriber.tables(at: path)
            package = try TableDescriber.describe(tables)
        } catch {
            throw .input(error)
        }
        let target = out ?? (tables.folder as NSString).appendingPathComponent(TableFolderLoader.descriptorName)
        if !force && FileManager.default.fileExists(atPath: target) {
            throw .exists(target)
        }
        let folder = (target as NSString).deletingLastPathComponent
        // Resource paths are relative to the descriptor, so the tables must be in its folder or below.
        let base = absolute(folder.isEmpty ? "." : folder) + "/"
        for (position, file) in tables.files.enumerated() {
            let full = absolute(file)
            guard full.hasPrefix(base) else {
                throw .input(InputError(file: target, message: "the descriptor must be in the tables' folder or above it: \(file) is not below \(folder.isEmpty ? "." : folder)"))
            }
            package.resources[position].paths = [String(full.dropFirst(base.count))]
        }
        do {
            try ExportWriter.write([ExportFile(path: (target as NSString).lastPathComponent, text: render(package))],
                                   to: folder.isEmpty ? "." : folder)
        } catch {
            throw .output(error)
        }
        return (target, package.resources.count, package.resources.reduce(0) { $0 + $1.schema.fields.count })
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The descriptor: each resource's name, path, format, media type, encoding and Table Schema.
    public static func render(_ package: DataPackage) -> String {
        JSONValue.object([("resources", .array(package.resources.map { resource in
            var pairs: [(String, JSONValue)] = [("name", .string(resource.name))]
            if let path = resource.path { pairs.append(("path", .string(path))) }
            if let format = resource.format { pairs.append(("format", .string(format))) }
            if let mediatype = resource.mediatype { pairs.append(("mediatype", .string(mediatype))) }
            if let encoding = resource.encoding { pairs.append(("encoding", .string(encoding))) }
            pairs.append(("schema", PackageDescriptor.schema(resource.schema)))
            return .object(pairs)
        }))]).pretty
    }
}
