import ReadoutModel

/// How the columns of a tabular file feed the schema's fields (Table Schema `fieldsMatch`), with the
/// header's problems as table issues.
struct HeaderMatch: Sendable, Equatable {
    /// Per column (0-based): the schema field it feeds, or nil when its cells are not read.
    var fieldOfColumn: [Int?]
    /// The cells a row should have: the header's labels (the fields, without a header).
    var width: Int
    var issues: [TableIssue]

    /// No header (`header: false`): the columns are the fields in order.
    init(positional schema: TableSchema) {
        fieldOfColumn = schema.fields.indices.map { $0 }
        width = schema.fields.count
        issues = []
    }

    /// `labels` as written in the header at `location` (line; the column is set per label).
    /// A v1 schema and v2 `exact` map columns by position, each label checked against its field's name;
    /// the other v2 modes map them by name and differ in which labels may be extra or missing.
    init(labels: [String], schema: TableSchema, caseSensitive: Bool, at location: SourceLocation) {
        let fields = schema.fields
        func key(_ name: String) -> String { caseSensitive ? name : name.lowercased() }
        func at(_ column: Int) -> SourceLocation {
            var place = location
            place.column = column
            return place
        }
        var issues: [TableIssue] = []
        var columns = [Int?](repeating: nil, count: labels.count)
        var seen = Set<String>()
        let byPosition = schema.standard == .v1 || schema.fieldsMatch == .exact
        let byName = Dictionary(fields.enumerated().map { (key($1.name), $0) }, uniquingKeysWith: { first, _ in first })
        let mayAddLabels = schema.fieldsMatch == .subset || schema.fieldsMatch == .partial
        for (position, label) in labels.enumerated() {
            let expected = byPosition && position < fields.count ? fields[position].name : nil
            let duplicate = !label.isEmpty && !seen.insert(key(label)).inserted
            if label.isEmpty {
                issues.append(TableIssue(.blankLabel, at: at(position + 1), text: label, field: expected))
            } else if duplicate {
                issues.append(TableIssue(.duplicateLabel, at: at(position + 1), text: label, field: expected))
            }
            if byPosition {
                if let expected {
                    columns[position] = position
                    if !label.isEmpty, key(label) != key(expected) {
                        issues.append(TableIssue(.incorrectLabel, at: at(position + 1), text: label, field: expected))
                    }
                } else if !label.isEmpty {
                    issues.append(TableIssue(.extraLabel, at: at(position + 1), text: label))
                }
            } else if !label.isEmpty, !duplicate {
                if let field = byName[key(label)] {
                    columns[position] = field
                } else if !mayAddLabels {
                    issues.append(TableIssue(.extraLabel, at: at(position + 1), text: label))
                }
            }
        }
        let fed = Set(columns.compactMap { $0 })
        let mustHaveAll = byPosition || schema.fieldsMatch == .equal || schema.fieldsMatch == .subset
        if mustHaveAll || (schema.fieldsMatch == .partial && fed.isEmpty) {
            for (index, field) in fields.enumerated() where !fed.contains(index) {
                let column = byPosition ? index + 1 : labels.count + 1
                issues.append(TableIssue(.missingLabel, at: at(column), field: field.name))
            }
        }
        fieldOfColumn = columns
        width = labels.count
        self.issues = issues.sorted { $0.location.column < $1.location.column }
    }

    /// Per schema field, its column (1-based; 0 when no column feeds it), as Record keeps it.
    func fieldColumns(fieldCount: Int) -> [Int32] {
        (0..<fieldCount).map { field in fieldOfColumn.firstIndex(of: field).map { Int32($0 + 1) } ?? 0 }
    }
}
