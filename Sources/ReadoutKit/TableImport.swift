import Foundation
import ReadoutExport
import ReadoutLoader
import ReadoutModel
import ReadoutRules

/// `readout import`: corrected tables (CSV or JSON Lines) back into the YAML data files.
public enum TableImport {
    public enum Outcome: Sendable {
        /// The tables do not validate structurally; nothing was written.
        case refused(Validation)
        case imported(files: [String], updated: Int, added: Int, deleted: Int)
    }

    /// Reads the tables in `folder`, checks them with the structural rules, and rewrites the data files
    /// of `request` so that they hold the same records; untouched records keep their text and comments.
    public static func run(from folder: String, into request: ValidationRequest) throws(ImportError) -> Outcome {
        let package: DataPackage
        let incoming: Dataset
        let present: Set<String>
        let current: Dataset
        do {
            package = try DescriptorLoader.load(path: request.resolvedSchemaPath)
            let read = try TableFolderLoader.load(folder: folder, package: package)
            incoming = conform(read, to: package)
            present = try TableFolderLoader.presentTables(folder: folder, package: package)
            current = try RecordLoader(package: package).load(
                folder: request.dataFolder, excluding: Set([request.resolvedReviewsPath].compactMap { $0 }))
        } catch {
            throw .input(error)
        }
        // Tables the folder lacks keep their current records, so that references into them resolve.
        var merged = current
        for position in merged.tables.indices where present.contains(merged.tables[position].name) {
            merged.tables[position].records = incoming.tables[position].records
            merged.tables[position].issues = incoming.tables[position].issues
        }
        let structural = RuleRegistry.all.filter { ["schema", "table", "resource"].contains($0.description.kind) }
        let validation = Readout.check(merged, corpus: nil, rules: structural)
        if validation.hasErrors { return .refused(validation) }
        let plan: DataImporter.Plan
        do {
            plan = try DataImporter.plan(tables: incoming, present: present, current: current, defaultFolder: request.dataFolder)
        } catch {
            throw .input(error)
        }
        let files = plan.files.map { ExportFile(path: relative($0.path, to: request.dataFolder), text: $0.text) }
        do {
            try ExportWriter.write(files, to: request.dataFolder)
        } catch {
            throw .output(error)
        }
        return .imported(files: plan.files.map(\.path), updated: plan.updated, added: plan.added, deleted: plan.deleted)
    }

    /// Tables read with their own Data Package schema, recast field by field (by name) into the project's.
    static func conform(_ dataset: Dataset, to package: DataPackage) -> Dataset {
        guard dataset.package != package else { return dataset }
        var result = Dataset(package: package)
        for (position, resource) in package.resources.enumerated() {
            guard let table = dataset.table(named: resource.name) else { continue }
            result.tables[position].issues = table.issues
            result.tables[position].format = table.format
            let casters = resource.schema.fields.map { FieldCaster(field: $0, missingValues: resource.schema.missingValues) }
            let sourceIndices = resource.schema.fields.map { table.schema.index(of: $0.name) }
            result.tables[position].records = table.records.map { record in
                var values = [Value](repeating: .null, count: casters.count)
                var positions = [Record.FieldPosition](repeating: .absent, count: casters.count)
                for (index, source) in sourceIndices.enumerated() {
                    guard let source else { continue }
                    positions[index] = record.fieldPositions[source]
                    if let text = record.values[source].text { values[index] = casters[index].cast(text) }
                }
                let unknown = table.schema.fields.enumerated().compactMap { offset, field in
                    resource.schema.index(of: field.name) == nil
                        ? Record.UnknownField(name: field.name, location: record.location(ofField: offset)) : nil
                }
                return Record(values: values, fieldPositions: positions, location: record.location,
                              unknownFields: record.unknownFields + unknown)
            }
        }
        return result
    }

    private static func relative(_ path: String, to folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

/// Why an import could not run.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    case input(InputError)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .input(error): return error.description
        case let .output(error): return error.description
        }
    }
}
