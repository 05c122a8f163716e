import CSVCodec
import Foundation
import ReadoutModel

/// Reads YAML data files (table name → list of records) into a dataset, keeping every value's location.
public struct RecordLoader: Sendable {
    public let package: DataPackage
    private let reader: YAMLRecordReader

    public init(package: DataPackage) {
        self.package = package
        // Resource names are unique: DescriptorLoader refuses a name declared twice.
        reader = YAMLRecordReader(tables: package.resources.map { resource in
            let tableCasters = resource.schema.fields.map { FieldCaster(field: $0, missingValues: resource.schema.missingValues) }
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
        for file in files { try BoundedFile.checkSize(file, limit: InputLimits.standard.documentFile, what: "YAML data files") }
        // Files parse on all cores; their records join the tables in path order, and the first
        // error in path order is the one reported, as a one-core read would.
        let parsed = Parallel.map(files.count) { position in
            let file = files[position]
            return Result { () throws(InputError) in
                let tables = try records(inFile: file)
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
        return try data.withUnsafeBytes { raw in
            Result { () throws(InputError) in
                let whole = raw.bindMemory(to: UInt8.self)
                guard String(validating: whole, as: UTF8.self) != nil else {
                    throw InputError(file: file, line: UTF8Check.firstInvalidLine([UInt8](whole)[...]) ?? 1,
                                     message: "the file is not valid UTF-8")
                }
                // A byte order mark is not text: one at the start is dropped, and columns count from after it.
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                let bytes = whole.starts(with: bom) ? UnsafeBufferPointer(rebasing: whole.dropFirst(3)) : whole
                return try reader.records(in: bytes, file: file)
            }
        }.get()
    }
}
