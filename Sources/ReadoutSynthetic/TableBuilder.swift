import ReadoutModel

/// Appends records to one table of a package by field name; names the schema lacks are ignored,
/// so the generator degrades rather than fails on a changed schema.
struct TableBuilder {
    let schema: TableSchema
    private(set) var records: [Record] = []
    private let indices: [String: Int]
    private let location = SourceLocation(file: "generated", line: 1, column: 1)

    init(schema: TableSchema) {
        self.schema = schema
        indices = Dictionary(schema.fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ fields: KeyValuePairs<String, Value?>) {
        var values = [Value](repeating: .null, count: schema.fields.count)
        for (name, value) in fields {
            guard let index = indices[name], let value else { continue }
            values[index] = value
        }
        records.append(Record(values: values, fieldPositions: [], location: location))
    }
}
