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
    /// Findings a filter (`--min-severity`, `--rule`) left out of `findings`: they are not shown and do not fail.
    public var filteredOut = 0

    /// Errors nobody has reviewed: these fail validation.
    public var blockingCount: Int { findings.count(where: \.isBlocking) }
    public var hasErrors: Bool { blockingCount > 0 }

    /// The records that have an unreviewed error finding.
    public var recordsWithErrors: Set<RecordID> {
        Set(findings.filter(\.isBlocking).compactMap(\.subject.id))
    }

    /// How many findings there are of one severity (or rule), open and reviewed apart.
    public struct Count: Sendable, Equatable {
        public var unreviewed = 0
        public var reviewed = 0
        public var total: Int { unreviewed + reviewed }

        mutating func add(_ finding: Finding) {
            if finding.review == nil { unreviewed += 1 } else { reviewed += 1 }
        }
    }

    /// The findings counted by severity, in Severity order (every severity, zeros included).
    public var countsBySeverity: [(severity: Severity, count: Count)] {
        Severity.allCases.map { severity in
            var count = Count()
            for finding in findings where finding.severity == severity { count.add(finding) }
            return (severity, count)
        }
    }

    /// The findings counted by rule and severity, rules in id order (only rules with findings).
    public var countsByRule: [(rule: String, severity: [(severity: Severity, count: Count)])] {
        var byRule: [String: [Severity: Count]] = [:]
        for finding in findings { byRule[finding.ruleID, default: [:]][finding.severity, default: Count()].add(finding) }
        return byRule.keys.sorted().map { rule in
            (rule, Severity.allCases.compactMap { severity in byRule[rule]?[severity].map { (severity, $0) } })
        }
    }

    public var reviewedCount: Int { findings.count { $0.review != nil } }

    /// One line: tables, records, findings by severity.
    public var summary: String {
        let counts = countsBySeverity.map { severity, count in
            "\(count.unreviewed) \(severity.rawValue)\(count.unreviewed == 1 ? "" : "s")"
        }
        let reviewed = reviewedCount
        return "\(dataset.tables.count) tables, \(dataset.recordCount) records: " + counts.joined(separator: ", ")
            + (reviewed > 0 ? ", \(reviewed) reviewed" : "")
            + (filteredOut > 0 ? "; \(filteredOut) more not shown (--min-severity, --rule)" : "")
    }
}

public typealias InputError = ReadoutModel.InputError
