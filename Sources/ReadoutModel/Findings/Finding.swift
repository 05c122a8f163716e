/// What a rule found: a value, never thrown.
///
/// Control characters in the message, notes and diff (a quoted value's NUL or ESC) are made visible
/// escapes here, once, so that no output (text, JSON, SARIF, findings.csv, the report) carries them raw.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// The record the finding concerns: where it is, its table and its key.
    public var subject: RecordReference
    /// Other records involved (the other side of a conflict, a referenced record).
    public var related: [RecordReference]
    public var notes: [String]
    /// A word diff between two accounts (`a [-firm-] {+clear+} line`), where there is one.
    public var diff: String?
    /// The evidence spans of the records involved, subject first.
    public var evidence: [String]
    /// Set when a researcher has reviewed the finding (data/reviewed.yaml).
    public var review: Review?

    public init(ruleID: String, severity: Severity, message: String, subject: RecordReference,
                related: [RecordReference] = [], notes: [String] = [], diff: String? = nil,
                evidence: [String] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = ControlCharacters.shown(message)
        self.subject = subject
        self.related = related
        self.notes = notes.map(ControlCharacters.shown)
        self.diff = diff.map(ControlCharacters.shown)
        self.evidence = evidence
    }

    public var location: SourceLocation? { subject.location }

    /// Fails validation: an error nobody has reviewed.
    public var isBlocking: Bool { severity == .error && review == nil }

    /// A stable name for the finding: the rule and the keys of the records involved, never line
    /// numbers, so that a review survives edits elsewhere in the data.
    public var fingerprint: String {
        let records = ([subject] + related.sorted { ($0.table ?? "", $0.key) < ($1.table ?? "", $1.key) })
            .map { "\($0.table ?? "")/\($0.key)" }
        return ruleID + ":" + records.joined(separator: "+")
    }

    /// Compiler order: file, line, column, then rule and message so reruns print alike.
    public static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.location, right = rhs.location
        if left != right {
            guard let left else { return true }
            guard let right else { return false }
            return left < right
        }
        return (lhs.ruleID, lhs.message, lhs.subject.key) < (rhs.ruleID, rhs.message, rhs.subject.key)
    }
}

/// A record as findings name it: its table, primary key and location.
public struct RecordReference: Sendable, Hashable {
    public var table: String?
    public var key: String
    public var location: SourceLocation?

    public init(table: String?, key: String, location: SourceLocation?) {
        self.table = table
        self.key = key
        self.location = location
    }
}

/// A researcher's review of a finding: why it may stand, and when that was decided.
public struct Review: Sendable, Hashable {
    public var fingerprint: String
    public var reason: String
    public var date: String
    public var location: SourceLocation

    public init(fingerprint: String, reason: String, date: String, location: SourceLocation) {
        self.fingerprint = fingerprint
        self.reason = reason
        self.date = date
        self.location = location
    }
}
