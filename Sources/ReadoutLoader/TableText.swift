import ReadoutModel

/// Reads one table from bytes already in memory (for fuzzing and for callers that hold the text).
public enum TableText {
    public static func records(csv bytes: [UInt8], file: String, schema: TableSchema, unguard: Bool = true) throws(InputError) -> [Record] {
        try CSVTableReader.records(bytes, file: file, schema: schema, unguard: unguard)
    }

    public static func records(jsonLines bytes: [UInt8], file: String, schema: TableSchema) throws(InputError) -> [Record] {
        try JSONLinesTableReader.records(bytes, file: file, schema: schema)
    }
}
