/// What a rule found: a value, never thrown.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// The record the finding concerns: where it is, its table and its key.
    public var subject: RecordReference
    /// Other records involved (the other side of a conflict, a referenced record).
    public var related: [RecordReference]
    public var notes: [String]

    public init(ruleID: String, severity: Severity, message: String, subject: RecordReference,
                related: [RecordReference] = [], notes: [String] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.subject = subject
        self.related = related
        self.notes = notes
    }

    public var location: SourceLocation? { subject.location }

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
