import Foundation
import ReadoutExport
import ReadoutImport
import ReadoutLoader
import ReadoutModel
import ReadoutRules

/// `readout import`: corrected tables (CSV or JSON Lines) back into the YAML data files.
///
/// An import never loses data: a record the tables leave out because the export left it out (an
/// unreviewed error, as the export's findings table says) is kept as it is; a table that lacks a column
/// is refused unless the user asks to drop the field; every rewritten file is read back and compared
/// with the records planned; and the files are replaced all together or not at all (StagedFiles).
public enum TableImport {
    public enum Outcome: Sendable {
        /// The tables do not validate structurally; nothing was written.
        case refused(Validation)
        case imported(Imported)
    }

    /// What an import changed, and what it kept.
    public struct Imported: Sendable {
        public var files: [String]
        public var updated: Int
        public var added: Int
        /// Records the user removed from the tables (not left out by the export): removed from the YAML.
        public var deleted: [RecordReference]
        /// Records the export left out, so the tables never held them: kept in the YAML untouched.
        public var kept: [RecordReference]
        /// Where the import learnt which records the export left out.
        public var leftOutSource: String
        /// Fields dropped from every record of their table (`--drop-missing-columns`), as table.field.
        public var droppedFields: [String]
    }

    /// The findings table of an export, as `readout export` writes it at the top of its folder.
    static let findingsFiles = ["findings.csv", "findings.jsonl"]

    /// Reads the tables in `folder`, checks them with the structural rules, and rewrites the data files
    /// of `request` so that they hold the same records; untouched records keep their text and comments.
    /// `dropMissingColumns` lets a table that lacks a column delete that field from its records.
    public static func run(from folder: String, into request: ValidationRequest,
                           dropMissingColumns: Bool = false) throws(ImportError) -> Outcome {
        // Locked from before the data is read until it is written, so that two imports never interleave.
        let staged: StagedFiles
        do {
            staged = try StagedFiles(folder: request.dataFolder)
        } catch {
            throw .output(error)
        }
        defer { staged.release() }
        let package: DataPackage
        var incoming: Dataset
        let present: Set<String>
        let current: Dataset
        let leftOut: (keys: [String: Set<String>], source: String)
        do {
            package = try DescriptorLoader.load(path: request.resolvedSchemaPath)
            let read = try TableFolderLoader.load(folder: folder, package: package, headersByName: true)
            incoming = conform(read, to: package)
            present = try TableFolderLoader.presentTables(folder: folder, package: package).intersection(package.resources.map(\.name))
            current = try RecordLoader(package: package).load(
                folder: request.dataFolder, excluding: Set([request.resolvedReviewsPath].compactMap { $0 }))
            leftOut = try leftOutRecords(folder: folder, request: request)
        } catch {
            throw .input(error)
        }
        let missing = missingColumns(in: incoming, present: present)
        if let first = missing.first, !dropMissingColumns { throw .input(first.error) }
        let dropped = dropMissingColumns ? missing : []
        // Asked for, a dropped field's missing header label is no longer a problem of the table.
        for position in incoming.tables.indices {
            let fields = Set(dropped.filter { $0.table == incoming.tables[position].name }.map(\.field))
            incoming.tables[position].issues.removeAll { $0.kind == .missingLabel && $0.field.map(fields.contains) == true }
        }
        // Tables the folder lacks keep their current records, so that references into them resolve; the
        // records the export left out stay beside the imported ones, their own errors not this import's.
        var merged = current
        var keptIDs = Set<RecordID>()
        for position in merged.tables.indices where present.contains(merged.tables[position].name) {
            let table = merged.tables[position]
            let incomingKeys = Set(incoming.tables[position].records.map(incoming.tables[position].key(of:)))
            let excluded = leftOut.keys[table.name] ?? []
            let kept = table.records.filter { !incomingKeys.contains(table.key(of: $0)) && excluded.contains(table.key(of: $0)) }
            keptIDs.formUnion(kept.map(table.id(of:)))
            merged.tables[position].records = incoming.tables[position].records + kept
            merged.tables[position].issues = incoming.tables[position].issues
        }
        let structural = RuleRegistry.all.filter { ["schema", "table", "resource"].contains($0.description.kind) }
        var validation = Readout.check(merged, corpus: nil, rules: structural)
        validation.findings.removeAll { finding in
            finding.subject.id.map(keptIDs.contains) ?? false
        }
        if validation.hasErrors { return .refused(validation) }
        let plan: DataImporter.Plan
        do {
            plan = try DataImporter.plan(tables: incoming, present: present, current: current, leftOut: leftOut.keys,
                                         defaultFolder: request.dataFolder)
            try staged.replace(plan.files)
        } catch let error as InputError {
            throw .input(error)
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .input(InputError(file: folder, message: "cannot import the folder"))
        }
        return .imported(Imported(files: plan.files.map(\.path), updated: plan.updated, added: plan.added, deleted: plan.deleted,
                                  kept: plan.kept, leftOutSource: leftOut.source,
                                  droppedFields: dropped.map { $0.table + "." + $0.field }))
    }

    /// A field of the project's schema that an imported table has no column for (a JSON Lines record: no key).
    struct MissingColumn {
        let table: String
        let field: String
        let error: InputError
    }

    /// Every field an imported table lacks: importing it as it is would delete the field's values.
    static func missingColumns(in incoming: Dataset, present: Set<String>) -> [MissingColumn] {
        var missing: [MissingColumn] = []
        for table in incoming.tables where present.contains(table.name) {
            for (index, field) in table.schema.fields.enumerated() {
                guard let record = table.records.first(where: { $0.fieldPositions[index] == .absent }) else { continue }
                let advice = "importing it would delete field '\(field.name)' from the records of table '\(table.name)': "
                    + "add the column back, or pass --drop-missing-columns to delete the field"
                let error = table.format == .csv
                    ? InputError(file: record.location.file, line: 1, message: "no column '\(field.name)': " + advice)
                    : InputError(file: record.location.file, line: record.location.line, message: "the record has no key '\(field.name)': " + advice)
                missing.append(MissingColumn(table: table.name, field: field.name, error: error))
            }
        }
        return missing
    }

    /// The records the export left out, by table: from the folder's findings table when it has one
    /// (the export's own account), else those an export of the current data would leave out.
    static func leftOutRecords(folder: String, request: ValidationRequest) throws(InputError) -> (keys: [String: Set<String>], source: String) {
        var keys: [String: Set<String>] = [:]
        let files = findingsFiles.map { (folder as NSString).appendingPathComponent($0) }
        if let file = files.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            // The three columns the import needs, matched by name (the table may have more, in any order).
            let names = ["table", "record_key", "excluded"]
            let schema = TableSchema(fields: FindingsTable.schema.fields.filter { names.contains($0.name) },
                                     fieldsMatch: .subset, standard: .v2)
            let findings = try DataImporter.table(file: file, name: FindingsTable.name, schema: schema)
            let unreadable = "readout cannot tell the records the export left out from those removed; nothing imported"
            if let missing = findings.issues.first(where: { $0.kind == .missingLabel }) {
                throw InputError(file: file, line: 1, message: "the findings table has no column '\(missing.field ?? "?")': " + unreadable)
            }
            let fields = names.compactMap(schema.index(of:))
            for record in findings.records {
                guard case let .boolean(excluded) = record.values[fields[2]] else {
                    throw InputError(at: record.location, "'excluded' is not true or false: " + unreadable)
                }
                guard excluded, let table = record.values[fields[0]].stringValue else { continue }
                keys[table, default: []].insert(record.values[fields[1]].text ?? "")
            }
            return (keys, file)
        }
        for id in Readout.leftOut(try Readout.validate(request)) {
            keys[id.table, default: []].insert(id.key)
        }
        return (keys, "no findings table in the folder: those an export of the current data leaves out")
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
