import ReadoutModel

/// The outcome of a validation: the dataset as read, its findings in compiler order, and notes.
public struct Validation: Sendable {
    public var dataset: Dataset
    public var findings: [Finding]
    /// Lines about the run itself, such as rules skipped for want of a corpus.
    public var notes: [String]

    public var errorCount: Int { findings.count { $0.severity == .error } }
    public var hasErrors: Bool { errorCount > 0 }

    /// Identifiers (CleanTables.id) of the records that have an error finding.
    public var recordsWithErrors: Set<String> {
        Set(findings.filter { $0.severity == .error }.compactMap { finding in
            finding.subject.table.map { $0 + "\u{0}" + finding.subject.key }
        })
    }

    /// One line: tables, records, findings by severity.
    public var summary: String {
        let counts = Severity.allCases.map { severity in
            let count = findings.count { $0.severity == severity }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return "\(dataset.tables.count) tables, \(dataset.recordCount) records: " + counts.joined(separator: ", ")
    }
}

public typealias InputError = ReadoutModel.InputError
