import CSVCodec
import Foundation
import ReadoutModel

/// Reads one tabular resource: its files (the parts of a multipart resource, in order), their size and
/// hash when declared, their encoding, then the table in its format and dialect.
package enum ResourceReader {
    /// `files`: the resource's files, resolved. `descriptor` names the descriptor in messages (nil when none).
    /// A CSV or JSON Lines file's lines are bounded as it is read (`limits.line`), before it is whole in memory.
    package static func table(files: [String], resource: DataPackage.Resource, unguard: Bool, descriptor: String?,
                              progress: RunProgress?, limits: InputLimits = .standard) throws(InputError) -> Table {
        let splitsLines = lineFormats.contains(format(of: files.first ?? resource.name, resource: resource))
        var contents: [(file: String, bytes: [UInt8])] = []
        for file in files {
            contents.append((file, try BoundedFile.read(file, lineLimit: splitsLines ? limits.line : nil)))
        }
        return try table(contents: contents, resource: resource, unguard: unguard, descriptor: descriptor, progress: progress,
                         limits: limits)
    }

    /// The formats read line by line.
    private static let lineFormats: Set = ["csv", "tsv", "txt", "jsonl", "ndjson"]

    /// The resource's `format`, or else the first file's extension, lowercased.
    private static func format(of file: String, resource: DataPackage.Resource) -> String {
        (resource.format ?? (file as NSString).pathExtension).lowercased()
    }

    /// The files' bytes as written: checked against `bytes` and `hash`, decoded, read.
    static func table(contents: [(file: String, bytes: [UInt8])], resource: DataPackage.Resource, unguard: Bool,
                      descriptor: String?, progress: RunProgress?, limits: InputLimits = .standard) throws(InputError) -> Table {
        let first = contents.first?.file ?? resource.name
        let encoding = try TextEncoding(declared: resource.encoding, file: descriptor ?? first)
        var texts: [(file: String, text: [UInt8])] = []
        for (file, bytes) in contents { texts.append((file, try encoding.utf8(bytes, file: file))) }
        var issues: [TableIssue] = []
        if resource.bytes != nil || resource.hash != nil {
            issues += try ResourceIntegrity.issues(contents.flatMap(\.bytes), resource: resource, file: first,
                                                   descriptor: descriptor ?? first)
        }
        var table = try read(texts, resource: resource, unguard: unguard, progress: progress, limits: limits)
        table.issues = issues + table.issues
        return table
    }

    /// Reads the texts (UTF-8) as one table, by the resource's `format` or else the first file's extension.
    static func read(_ texts: [(file: String, text: [UInt8])], resource: DataPackage.Resource, unguard: Bool,
                     progress: RunProgress?, limits: InputLimits = .standard) throws(InputError) -> Table {
        let file = texts.first?.file ?? resource.name
        let format = format(of: file, resource: resource)
        var table = Table(name: resource.name, schema: resource.schema)
        switch format {
        case "csv", "tsv", "txt":
            let (text, origin) = concatenated(texts)
            let read = try CSVTableReader.read(text, file: file, schema: resource.schema, dialect: resource.dialect,
                                               unguard: unguard, origin: origin, progress: progress, limits: limits)
            table.records = read.records
            table.issues = read.issues
            table.format = .csv
        case "jsonl", "ndjson":
            let (text, origin) = concatenated(texts)
            let read = try JSONLinesTableReader.read(text, origin: origin, schema: resource.schema, dialect: resource.dialect,
                                                     progress: progress, limits: limits)
            table.records = read.records
            table.issues = read.issues
            table.format = .jsonl
        case "json":
            // JSON texts do not concatenate into one: a multipart JSON resource is refused by name.
            guard texts.count == 1 else {
                throw InputError(file: file, message: "resource '\(resource.name)': a json resource with several paths cannot be read as one JSON text")
            }
            let read = try JSONLinesTableReader.readJSON(texts[0].text, origin: LineOrigin(file: file), schema: resource.schema,
                                                         dialect: resource.dialect)
            table.records = read.records
            table.issues = read.issues
            table.format = .json
        default:
            throw InputError(file: file, message: "readout reads tables as csv, jsonl or json, not '\(format)'")
        }
        return table
    }

    /// The parts joined byte for byte (a UTF-8 BOM dropped from each: it marks the encoding, not data),
    /// and where each part's lines begin.
    private static func concatenated(_ texts: [(file: String, text: [UInt8])]) -> ([UInt8], LineOrigin) {
        guard texts.count > 1 else { return (texts.first?.text ?? [], LineOrigin(file: texts.first?.file ?? "")) }
        var joined: [UInt8] = []
        var parts: [LineOrigin.Part] = []
        var line = 1
        for (file, text) in texts {
            let body = text.starts(with: [0xEF, 0xBB, 0xBF]) ? text.dropFirst(3) : text[...]
            parts.append(LineOrigin.Part(file: file, firstLine: line))
            line += body.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            joined += body
        }
        return (joined, LineOrigin(parts: parts))
    }
}
