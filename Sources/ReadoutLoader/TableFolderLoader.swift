import Foundation
import ReadoutModel

/// Reads a folder of tables: a Data Package with CSV or JSON Lines resources, or CSV and JSON Lines
/// files named after the schema's tables (directly in the folder, or in csv/ and jsonl/ below it).
public enum TableFolderLoader {
    public static let descriptorName = "datapackage.json"

    /// Whether `folder` holds tables rather than YAML records.
    public static func holdsTables(_ folder: String) -> Bool {
        if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(descriptorName)) { return true }
        guard let files = try? DataFolder.files(in: folder, extensions: ["csv", "jsonl", "yaml", "yml"]) else { return false }
        return !files.isEmpty && files.allSatisfy { !$0.hasSuffix(".yaml") && !$0.hasSuffix(".yml") }
    }

    /// With a datapackage.json in the folder, its own schemas are the schema; otherwise `package`'s.
    /// `progress`, when given, counts the records as they are read. `headersByName` matches header
    /// labels to fields by name whatever the schema says (`readout import`: fields go back by name).
    public static func load(folder: String, package: DataPackage, progress: RunProgress? = nil,
                            headersByName: Bool = false) throws(InputError) -> Dataset {
        let descriptor = (folder as NSString).appendingPathComponent(descriptorName)
        let package = headersByName ? matchingHeadersByName(package) : package
        if FileManager.default.fileExists(atPath: descriptor) {
            var own = try DescriptorLoader.load(path: descriptor)
            if headersByName { own = matchingHeadersByName(own) }
            var files: [[String]] = []
            for resource in own.resources {
                guard !resource.paths.isEmpty else {
                    throw InputError(file: descriptor, message: "resource '\(resource.name)' has no path to its data")
                }
                var resolved: [String] = []
                for path in resource.paths { resolved.append(try SafePath.resolve(path, in: folder, file: descriptor)) }
                files.append(resolved)
            }
            return try load(files: files, into: Dataset(package: own), unguard: own.formulaGuard ?? true,
                            descriptor: descriptor, progress: progress)
        }
        return try loadNamedFiles(folder: folder, package: package, progress: progress)
    }

    /// Every table's header matched by name, every field expected (v2 `fieldsMatch: equal`).
    private static func matchingHeadersByName(_ package: DataPackage) -> DataPackage {
        var package = package
        for index in package.resources.indices {
            package.resources[index].schema.standard = .v2
            package.resources[index].schema.fieldsMatch = .equal
        }
        return package
    }

    /// The tables the folder has files for (a Data Package: all its resources).
    public static func presentTables(folder: String, package: DataPackage) throws(InputError) -> Set<String> {
        let descriptor = (folder as NSString).appendingPathComponent(descriptorName)
        if FileManager.default.fileExists(atPath: descriptor) {
            return Set(try DescriptorLoader.load(path: descriptor).resources.map(\.name))
        }
        return Set(try namedFiles(folder: folder, package: package).keys)
    }

    private static func loadNamedFiles(folder: String, package: DataPackage, progress: RunProgress?) throws(InputError) -> Dataset {
        let found = try namedFiles(folder: folder, package: package)
        return try load(files: package.resources.map { found[$0.name].map { [$0] } ?? [] }, into: Dataset(package: package),
                        unguard: true, descriptor: nil, progress: progress)
    }

    /// Reads table `i` from `files[i]` (none when empty: the table has no file), the tables on all
    /// cores; the first error in resource order is the one reported, as a one-core read would report it.
    private static func load(files: [[String]], into dataset: Dataset, unguard: Bool, descriptor: String?,
                             progress: RunProgress?) throws(InputError) -> Dataset {
        let resources = dataset.package.resources
        let sizes = files.map { parts in
            // A size that cannot be read only orders the work; reading the file reports the problem.
            parts.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        }
        let read = { @Sendable (position: Int) -> Result<Table?, InputError> in
            guard !files[position].isEmpty else { return .success(nil) }
            return Result { () throws(InputError) in
                try ResourceReader.table(files: files[position], resource: resources[position], unguard: unguard,
                                         descriptor: descriptor, progress: progress)
            }
        }
        // A large CSV table is read in parts on all the cores by itself (work split inside a parallel
        // job would run on one core); the other tables are read side by side.
        let large = files.indices.filter { sizes[$0] > 2 * CSVTableReader.partSize }
        let small = files.indices.filter { !large.contains($0) }
        var outcomes = [Result<Table?, InputError>](repeating: .success(nil), count: files.count)
        for (position, outcome) in zip(small, Parallel.map(small.count, cost: { sizes[small[$0]] }) { read(small[$0]) }) {
            outcomes[position] = outcome
        }
        for position in large { outcomes[position] = read(position) }
        var dataset = dataset
        for (position, outcome) in outcomes.enumerated() {
            guard let table = try outcome.get() else { continue }
            dataset.tables[position].records = table.records
            dataset.tables[position].issues = table.issues
            dataset.tables[position].format = table.format
        }
        return dataset
    }

    /// Table name → its file, refusing files that name no table and tables with two files.
    private static func namedFiles(folder: String, package: DataPackage) throws(InputError) -> [String: String] {
        var found: [String: String] = [:]
        for file in try DataFolder.files(in: folder, extensions: ["csv", "jsonl"]) {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            guard package.resource(named: name) != nil else {
                let known = package.resources.map(\.name).joined(separator: ", ")
                throw InputError(file: file, message: "unknown table '\(name)' (the schema has: \(known))")
            }
            if let other = found[name] {
                throw InputError(file: file, message: "table '\(name)' is also in \(other): keep one file per table")
            }
            found[name] = file
        }
        return found
    }
}
