import Foundation
import ReadoutModel

/// Plans how corrected tables go back into the YAML data files, record by record.
public enum DataImporter {
    /// The new text of every data file that changes, and what changed.
    public struct Plan: Sendable {
        public var files: [(path: String, text: String)]
        public var updated = 0
        public var added = 0
        public var deleted = 0
    }

    /// `tables` holds the corrected records in the project's schema; only the tables in `present`
    /// are imported (a folder with one CSV changes one table). `current` is the YAML data as loaded.
    public static func plan(tables: Dataset, present: Set<String>, current: Dataset, defaultFolder: String) throws(InputError) -> Plan {
        var plan = Plan(files: [])
        var editsByFile: [String: [YAMLRecordEditor.TableEdit]] = [:]
        for (position, table) in current.tables.enumerated() where present.contains(table.name) {
            let incoming = tables.tables[position]
            let incomingByKey = Dictionary(incoming.records.map { (incoming.key(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
            let currentKeys = Set(table.records.map { table.key(of: $0) })
            var changesByFile: [String: [(Record, YAMLRecordEditor.Change)]] = [:]
            for record in table.records {
                let change: YAMLRecordEditor.Change
                if let new = incomingByKey[table.key(of: record)] {
                    change = new.values == record.values ? .keep : .update(old: record, new: new.values)
                    if case .update = change { plan.updated += 1 }
                } else {
                    change = .delete
                    plan.deleted += 1
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
            let original = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? ""
            var editor = YAMLRecordEditor(text: original)
            editor.apply(editsByFile[file] ?? [])
            if editor.text != original { plan.files.append((file, editor.text)) }
        }
        return plan
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
}
