import ReadoutModel

/// Reads one table from bytes already in memory (for fuzzing and for callers that hold the text).
public enum TableText {
    public static func records(csv bytes: [UInt8], file: String, schema: TableSchema, unguard: Bool = true) throws(InputError) -> [Record] {
        try CSVTableReader.read(bytes, file: file, schema: schema, unguard: unguard).records
    }

    /// One resource's table from its file's bytes as written (checked against `bytes` and `hash`, decoded
    /// by `encoding`; the resource's format, or the file's extension, says how to read it), with its issues.
    public static func table(_ bytes: [UInt8], file: String, resource: DataPackage.Resource,
                             unguard: Bool = true) throws(InputError) -> Table {
        try ResourceReader.table(contents: [(file, bytes)], resource: resource, unguard: unguard, descriptor: nil, progress: nil)
    }

    public static func records(jsonLines bytes: [UInt8], file: String, schema: TableSchema) throws(InputError) -> [Record] {
        try JSONLinesTableReader.records(bytes, file: file, schema: schema)
    }
}
