import CSVCodec
import Foundation
import ReadoutModel

/// Bare tables (CSV and JSON Lines with no descriptor): the Data Package inferred from them
/// (SchemaInference), and their records read with it.
public enum TableDescriber {
    public static let tableExtensions: Set<String> = ["csv", "jsonl"]

    /// The table files of a folder (below it too, as a table folder is read), or one table file.
    public struct Tables: Sendable, Equatable {
        /// What was named: the folder or the file.
        public var path: String
        /// The folder resource paths are relative to: `path`, or the file's folder.
        public var folder: String
        public var files: [String]
    }

    public static func tables(at path: String) throws(InputError) -> Tables {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(file: path, message: "no such file or folder")
        }
        if !isFolder.boolValue {
            guard tableExtensions.contains((path as NSString).pathExtension.lowercased()) else {
                throw InputError(file: path, message: "readout describes .csv and .jsonl tables")
            }
            return Tables(path: path, folder: (path as NSString).deletingLastPathComponent, files: [path])
        }
        let files = try DataFolder.files(in: path, extensions: tableExtensions)
        guard !files.isEmpty else { throw InputError(file: path, message: "the folder has no .csv or .jsonl table") }
        return Tables(path: path, folder: path, files: files)
    }

    /// A resource per file, named after it (lowercase letters, digits, `-`, `_`, `.`, as the standard's
    /// names are), its path relative to the folder, its schema inferred from every row.
    public static func describe(_ tables: Tables) throws(InputError) -> DataPackage {
        var names = Set<String>()
        var resources: [DataPackage.Resource] = []
        for file in tables.files {
            let name = resourceName(file)
            guard names.insert(name).inserted else {
                throw InputError(file: file, message: "another table is also named '\(name)': keep one file per name")
            }
            let format = (file as NSString).pathExtension.lowercased()
            resources.append(DataPackage.Resource(
                name: name, paths: [relative(file, to: tables.folder)], schema: try schema(of: file, format: format),
                format: format, mediatype: format == "csv" ? "text/csv" : "application/jsonl", encoding: "utf-8"))
        }
        return DataPackage(resources: resources)
    }

    /// The records of the tables, read with the package `describe` gave; values as written (no formula guard removed).
    public static func load(_ tables: Tables, package: DataPackage) throws(InputError) -> Dataset {
        var dataset = Dataset(package: package)
        for (position, file) in tables.files.enumerated() {
            // Read as any resource is, so that structure problems are findings here too.
            dataset.tables[position] = try ResourceReader.table(
                files: [file], resource: package.resources[position], unguard: false, descriptor: nil, progress: nil)
        }
        return dataset
    }

    private static func schema(of file: String, format: String) throws(InputError) -> TableSchema {
        let bytes = try contents(file)
        return format == "csv" ? try csvSchema(bytes, file: file) : try jsonLinesSchema(bytes, file: file)
    }

    private static func csvSchema(_ bytes: [UInt8], file: String) throws(InputError) -> TableSchema {
        let reader: CSVRowReader
        do { reader = try CSVRowReader(bytes) } catch { throw invalid(error, file) }
        guard let header = try next(reader, file) else {
            throw InputError(file: file, line: 1, message: "the file is empty: a CSV table needs a header row")
        }
        var profile = SchemaInference.Profile(columns: header.fields.map { $0 ?? "" })
        while let row = try next(reader, file) {
            profile.add(row.fields.map { $0.map(SchemaInference.Cell.text) ?? .null })
        }
        return profile.schema
    }

    private static func next(_ reader: CSVRowReader, _ file: String) throws(InputError) -> CSVRow? {
        do { return try reader.next() } catch { throw invalid(error, file) }
    }

    private static func invalid(_ error: CSVParseError, _ file: String) -> InputError {
        InputError(file: file, line: error.line, message: "invalid CSV: " + error.message)
    }

    /// Columns in the order their keys first appear; a line without a key has no value there.
    private static func jsonLinesSchema(_ bytes: [UInt8], file: String) throws(InputError) -> TableSchema {
        if let line = UTF8Check.firstInvalidLine(bytes[...]) {
            throw InputError(file: file, line: line, message: "the file is not valid UTF-8")
        }
        var columns: [String] = []
        var rows: [[String: SchemaInference.Cell]] = []
        var lineNumber = 0
        for var line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.last == 0x0D { line = line.dropLast() }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let members: [JSONLineParser.Member]
            do { members = try JSONLineParser.members(of: line) } catch {
                throw InputError(file: file, line: lineNumber, column: error.column, message: "invalid JSON: " + error.message)
            }
            var row: [String: SchemaInference.Cell] = [:]
            for member in members {
                if row[member.key] == nil && !columns.contains(member.key) { columns.append(member.key) }
                row[member.key] = cell(member.value)
            }
            rows.append(row)
        }
        return SchemaInference.schema(columns: columns, rows: rows.map { row in columns.map { row[$0] ?? .null } })
    }

    private static func cell(_ scalar: JSONLineParser.Scalar) -> SchemaInference.Cell {
        switch scalar {
        case let .string(text): .text(text)
        case let .number(text): .number(text)
        case let .bool(flag): .boolean(flag)
        case .null: .null
        case .nested(.array): .array
        case .nested: .object
        }
    }

    /// Tables are read line by line: their lines are bounded as they are read.
    private static func contents(_ file: String) throws(InputError) -> [UInt8] {
        try BoundedFile.read(file, lineLimit: InputLimits.standard.line)
    }

    static func resourceName(_ file: String) -> String {
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let name = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        return name.isEmpty ? "table" : name
    }

    private static func relative(_ file: String, to folder: String) -> String {
        let prefix = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : (file as NSString).lastPathComponent
    }
}
