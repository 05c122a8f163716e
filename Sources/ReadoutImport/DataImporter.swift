import Foundation
import ReadoutLoader
import ReadoutModel

/// Plans how corrected tables go back into the YAML data files, record by record.
public enum DataImporter {
    /// The new text of every data file that changes, and what changed.
    public struct Plan: Sendable {
        public var files: [(path: String, text: String)]
        public var updated = 0
        public var added = 0
        /// Records the tables leave out that the export did not: the user removed them.
        public var deleted: [RecordReference] = []
        /// Records the tables leave out because the export did (see `plan`): kept as they are.
        public var kept: [RecordReference] = []
    }

    /// `tables` holds the corrected records in the project's schema; only the tables in `present`
    /// are imported (a folder with one CSV changes one table). `current` is the YAML data as loaded.
    /// `leftOut` holds, by table, the keys of the records the export left out: a record missing from
    /// the tables with such a key is kept untouched, since the tables never held it.
    public static func plan(tables: Dataset, present: Set<String>, current: Dataset, leftOut: [String: Set<String>],
                            defaultFolder: String) throws(InputError) -> Plan {
        var plan = Plan(files: [])
        var editsByFile: [String: [YAMLRecordEditor.TableEdit]] = [:]
        for (position, table) in current.tables.enumerated() where present.contains(table.name) {
            let incoming = tables.tables[position]
            let incomingByKey = Dictionary(incoming.records.map { (incoming.key(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
            let currentKeys = Set(table.records.map { table.key(of: $0) })
            let excluded = leftOut[table.name] ?? []
            var changesByFile: [String: [(Record, YAMLRecordEditor.Change)]] = [:]
            for record in table.records {
                let key = table.key(of: record)
                let change: YAMLRecordEditor.Change
                let reference = RecordReference(table: table.name, key: key, location: record.location)
                if let new = incomingByKey[key] {
                    change = new.values == record.values ? .keep : .update(old: record, new: new.values)
                    if case .update = change { plan.updated += 1 }
                } else if excluded.contains(key) {
                    change = .keep
                    plan.kept.append(reference)
                } else {
                    change = .delete
                    plan.deleted.append(reference)
                }
                changesByFile[record.location.file, default: []].append((record, change))
            }
            var addedByFile: [String: [[Value]]] = [:]
            for record in incoming.records where !currentKeys.contains(incoming.key(of: record)) {
                addedByFile[home(of: record, in: table, current: current, defaultFolder: defaultFolder), default: []].append(record.values)
                plan.added += 1
            }
            for file in Set(changesByFile.keys).union(addedByFile.keys) {
                editsByFile[file, default: []].append(YAMLRecordEditor.TableEdit(
                    table: table.name, schema: table.schema,
                    records: (changesByFile[file] ?? []).map { (record: $0.0, change: $0.1) },
                    added: addedByFile[file] ?? []))
            }
        }
        for file in editsByFile.keys.sorted() {
            let edits = editsByFile[file] ?? []
            let original = try currentText(of: file)
            var editor = YAMLRecordEditor(text: original)
            try editor.apply(edits, file: file)
            guard editor.text != original else { continue }
            try confirm(editor.text, file: file, holds: expected(in: file, edits: edits, current: current), package: current.package)
            plan.files.append((file, editor.text))
        }
        return plan
    }

    /// The text `file` holds now; "" for a new file. A file that cannot be read is an error, never taken
    /// for an empty one (the edits would then be planned against nothing).
    private static func currentText(of file: String) throws(InputError) -> String {
        guard FileManager.default.fileExists(atPath: file) else { return "" }
        do {
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        } catch {
            throw InputError(file: file, message: FileSystemMessage.reading(error) + ": nothing imported")
        }
    }

    /// Each table's records as `file` should hold them after `edits`, values only, in file order.
    private static func expected(in file: String, edits: [YAMLRecordEditor.TableEdit], current: Dataset) -> [String: [[Value]]] {
        var tables: [String: [[Value]]] = [:]
        for table in current.tables {
            let records = table.records.filter { $0.location.file == file }
            if !records.isEmpty { tables[table.name] = records.map(\.values) }
        }
        for edit in edits {
            let values = edit.records.compactMap { entry -> [Value]? in
                switch entry.change {
                case .keep: return entry.record.values
                case .delete: return nil
                case let .update(_, new): return new
                }
            }
            tables[edit.table] = values + edit.added
        }
        return tables.filter { !$0.value.isEmpty }
    }

    /// Reads the rewritten text back and refuses it unless it holds exactly the records planned: an
    /// edit that went wrong must never reach the disk as a lost or changed record.
    private static func confirm(_ text: String, file: String, holds expected: [String: [[Value]]],
                                package: DataPackage) throws(InputError) {
        let reread: Dataset
        do {
            reread = try RecordLoader(package: package).load(yaml: text, file: file)
        } catch {
            throw InputError(file: file, message: "nothing imported: the rewritten file would not read back (\(error.message)); please report this")
        }
        for table in reread.tables where table.records.map(\.values) != (expected[table.name] ?? []) {
            throw InputError(file: file, message: "nothing imported: the rewritten file would not hold the records of table '\(table.name)' as planned; please report this")
        }
    }

    /// Where a new record goes: beside the first record it refers to, else in the file that holds most
    /// of its table, else in a file named after the table.
    private static func home(of record: Record, in table: Table, current: Dataset, defaultFolder: String) -> String {
        for key in table.schema.foreignKeys where key.fields.count == 1 {
            guard let field = table.schema.index(of: key.fields[0]), let value = record.values[field].text,
                  let target = current.table(named: key.referencedTable(from: table.name)),
                  let referenced = target.records.first(where: { target.key(of: $0) == value }) else { continue }
            return referenced.location.file
        }
        let counts = Dictionary(grouping: table.records, by: { $0.location.file }).mapValues(\.count)
        if let busiest = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { return busiest }
        return (defaultFolder as NSString).appendingPathComponent(table.name + ".yaml")
    }

    /// One table file (CSV or JSON Lines, by its extension) read with `schema`: the findings table
    /// of an export, which the import reads to learn which records the export left out.
    public static func table(file: String, name: String, schema: TableSchema) throws(InputError) -> Table {
        try ResourceReader.table(files: [file], resource: DataPackage.Resource(name: name, paths: [file], schema: schema),
                                 unguard: true, descriptor: nil, progress: nil)
    }
}
