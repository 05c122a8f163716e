import CSVCodec
import Foundation
import ReadoutModel
import Yams

/// Reads YAML data files (table name → list of records) into a dataset, keeping every value's location.
public struct RecordLoader: Sendable {
    public let package: DataPackage
    private let casters: [String: [FieldCaster]]
    private let reader: YAMLRecordReader

    public init(package: DataPackage) {
        self.package = package
        var casters: [String: [FieldCaster]] = [:]
        for resource in package.resources {
            casters[resource.name] = resource.schema.fields.map {
                FieldCaster(field: $0, missingValues: resource.schema.missingValues)
            }
        }
        self.casters = casters
        reader = YAMLRecordReader(tables: package.resources.map { resource in
            // A name the package gives twice reads by its last schema, as it always has.
            let tableCasters = casters[resource.name] ?? []
            var fields: [String: Int] = [:]
            for (position, caster) in tableCasters.enumerated() where fields[caster.field.name] == nil {
                fields[caster.field.name] = position
            }
            return YAMLRecordReader.Table(name: resource.name, casters: tableCasters, fields: fields)
        })
    }

    /// Every `.yaml` and `.yml` file below `folder`, in path order, but those in `excluding`
    /// (paths as they would be listed: the folder joined with the file's relative path).
    /// `progress`, when given, counts the records as each file is read.
    public func load(folder: String, excluding: Set<String> = [], progress: RunProgress? = nil) throws(InputError) -> Dataset {
        let files = try DataFolder.files(in: folder, extensions: ["yaml", "yml"]).filter { !excluding.contains($0) }
        // Files parse on all cores; their records join the tables in path order, and the first
        // error in path order is the one reported, as a one-core read would.
        let parsed = Parallel.map(files.count) { position in
            let file = files[position]
            return Result { () throws(InputError) in
                let tables = ProcessInfo.processInfo.environment["READOUT_YAML_LEGACY"] != nil
                    ? try legacyRecords(in: YAMLDocument.read(path: file, file: file)) : try records(inFile: file)
                progress?.add(records: tables.reduce(0) { $0 + $1.records.count })
                return tables
            }
        }
        var dataset = Dataset(package: package)
        for outcome in parsed {
            for (tableIndex, records) in try outcome.get() { dataset.tables[tableIndex].records += records }
        }
        return dataset
    }

    /// One YAML text, named `file` in locations (for tests and rule examples).
    public func load(yaml text: String, file: String) throws(InputError) -> Dataset {
        var text = text
        let tables = try text.withUTF8 { bytes in
            Result { () throws(InputError) in try reader.records(in: bytes, file: file) }
        }.get()
        var dataset = Dataset(package: package)
        for (tableIndex, records) in tables { dataset.tables[tableIndex].records += records }
        return dataset
    }

    private func records(inFile file: String) throws(InputError) -> [(table: Int, records: [Record])] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw InputError(file: file, message: FileSystemMessage.reading(error))
        }
        return try records(inUTF8: data, file: file)
    }

    private func records(inUTF8 data: Data, file: String) throws(InputError) -> [(table: Int, records: [Record])] {
        try data.withUnsafeBytes { raw in
            Result { () throws(InputError) in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard String(validating: bytes, as: UTF8.self) != nil else {
                    throw InputError(file: file, line: UTF8Check.firstInvalidLine([UInt8](bytes)[...]) ?? 1,
                                     message: "the file is not valid UTF-8")
                }
                return try reader.records(in: bytes, file: file)
            }
        }.get()
    }

    /// TEMPORARY: the Yams path, for comparison while the event reader is checked.
    public func loadLegacy(yaml text: String, file: String) throws(InputError) -> Dataset {
        var dataset = Dataset(package: package)
        for (tableIndex, records) in try legacyRecords(in: YAMLDocument.parse(text, file: file)) {
            dataset.tables[tableIndex].records += records
        }
        return dataset
    }

    public func loadLegacy(data: Data, file: String) throws(InputError) -> Dataset {
        var dataset = Dataset(package: package)
        for (tableIndex, records) in try legacyRecords(in: YAMLDocument.parse(data, file: file)) {
            dataset.tables[tableIndex].records += records
        }
        return dataset
    }

    public func loadNew(data: Data, file: String) throws(InputError) -> Dataset {
        let tables = try records(inUTF8: data, file: file)
        var dataset = Dataset(package: package)
        for (tableIndex, records) in tables { dataset.tables[tableIndex].records += records }
        return dataset
    }

    /// A document's records, table by table (by position in the package), in the order written.
    private func legacyRecords(in document: YAMLDocument) throws(InputError) -> [(table: Int, records: [Record])] {
        guard case let .mapping(tables) = document.root else {
            throw document.error(at: document.root, "a data file must map table names to lists of records")
        }
        var result: [(table: Int, records: [Record])] = []
        for (nameNode, recordsNode) in tables {
            guard case let .scalar(name) = nameNode,
                  let tableIndex = package.resources.firstIndex(where: { $0.name == name.string }),
                  let casters = casters[name.string] else {
                let known = package.resources.map(\.name).joined(separator: ", ")
                throw document.error(at: nameNode, "unknown table '\(nameNode.scalar?.string ?? "?")' (the schema has: \(known))")
            }
            if recordsNode.isNullScalar { continue }
            guard case let .sequence(records) = recordsNode else {
                throw document.error(at: recordsNode, "table '\(name.string)' must hold a list of records")
            }
            var converted: [Record] = []
            converted.reserveCapacity(records.count)
            for recordNode in records {
                converted.append(try record(from: recordNode, casters: casters, in: document, table: name.string))
            }
            result.append((tableIndex, converted))
        }
        return result
    }

    private func record(from node: Node, casters: [FieldCaster], in document: YAMLDocument,
                        table: String) throws(InputError) -> Record {
        guard case let .mapping(mapping) = node else {
            throw document.error(at: node, "a record of table '\(table)' must be a mapping of field names to values")
        }
        var values = [Value](repeating: .null, count: casters.count)
        var positions = [Record.FieldPosition](repeating: .absent, count: casters.count)
        var unknown: [Record.UnknownField] = []
        for (keyNode, valueNode) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard let index = casters.firstIndex(where: { $0.field.name == name }) else {
                unknown.append(Record.UnknownField(name: name, location: document.location(of: keyNode)))
                continue
            }
            let location = document.location(of: valueNode)
            positions[index] = Record.FieldPosition(line: location.line, column: location.column)
            values[index] = cast(valueNode, with: casters[index])
        }
        return Record(values: values, fieldPositions: positions, location: document.location(of: node),
                      unknownFields: unknown)
    }

    private func cast(_ node: Node, with caster: FieldCaster) -> Value {
        switch node {
        case let .scalar(scalar):
            return node.isNullScalar ? .null : caster.cast(scalar.string)
        case .mapping:
            return .invalid("(a mapping)")
        case .sequence:
            return .invalid("(a list)")
        case .alias:
            return .invalid("(an alias)")
        }
    }
}
