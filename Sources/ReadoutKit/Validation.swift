import ReadoutModel

/// The outcome of a validation: the dataset as read, its findings in compiler order, and notes.
public struct Validation: Sendable {
    public var dataset: Dataset
    public var findings: [Finding]
    /// Lines about the run itself, such as rules skipped for want of a corpus.
    public var notes: [String]
    /// How long reading and checking took (wall), then the index and each rule (each on its core), in
    /// run order (`readout validate --benchmark`).
    public var timings: [(step: String, duration: Duration)] = []

    /// Errors nobody has reviewed: these fail validation.
    public var blockingCount: Int { findings.count(where: \.isBlocking) }
    public var hasErrors: Bool { blockingCount > 0 }

    /// Identifiers (CleanTables.id) of the records that have an unreviewed error finding.
    public var recordsWithErrors: Set<String> {
        Set(findings.filter(\.isBlocking).compactMap { finding in
            finding.subject.table.map { $0 + "\u{0}" + finding.subject.key }
        })
    }

    /// One line: tables, records, findings by severity.
    public var summary: String {
        let counts = Severity.allCases.map { severity in
            let count = findings.count { $0.severity == severity && $0.review == nil }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        let reviewed = findings.count { $0.review != nil }
        return "\(dataset.tables.count) tables, \(dataset.recordCount) records: " + counts.joined(separator: ", ")
            + (reviewed > 0 ? ", \(reviewed) reviewed" : "")
    }
}

public typealias InputError = ReadoutModel.InputError
