/// What a rule found: a value, never thrown.
///
/// Control characters in the message, notes and diff (a quoted value's NUL or ESC) are made visible
/// escapes here, once, so that no output (text, JSON, SARIF, findings.csv, the report) carries them raw.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    /// Set once, when the finding is made: by the pipeline from the configuration (schema/rules.yaml),
    /// else the severity the rule declares for this kind of finding (RuleContext.finding).
    public let severity: Severity
    public var message: String
    /// The record the finding concerns: where it is, its table and its key.
    public var subject: RecordReference
    /// Other records involved (the other side of a conflict, a referenced record).
    public var related: [RecordReference]
    public var notes: [String]
    /// A word diff between two accounts, where there is one: from the record whose role is
    /// `.firstAccount` to the `.secondAccount` (from the evidence span to the article for evidence).
    public var wordDiff: WordDiff?
    /// The evidence spans of the records involved, subject first.
    public var evidence: [String]
    /// Set when a researcher has reviewed the finding (data/reviewed.yaml).
    public var review: Review?

    public init(ruleID: String, severity: Severity, message: String, subject: RecordReference,
                related: [RecordReference] = [], notes: [String] = [], diff: WordDiff? = nil,
                evidence: [String] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = ControlCharacters.shown(message)
        self.subject = subject
        self.related = related
        self.notes = notes.map(ControlCharacters.shown)
        self.wordDiff = diff?.shown
        self.evidence = evidence
    }

    public var location: SourceLocation? { subject.location }

    /// The word diff as findings print it: `a [-firm-] {+clear+} line`.
    public var diff: String? { wordDiff?.text }

    /// The record that plays `role`, the subject or a related one; nil when the rule named none.
    public func record(playing role: RecordRole) -> RecordReference? {
        ([subject] + related).first { $0.role == role }
    }

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

/// A record as findings name it: its table, primary key and location, and the part it plays.
public struct RecordReference: Sendable, Hashable {
    public var table: String?
    public var key: String
    public var location: SourceLocation?
    /// Set by rules about two records that are not alike: which is which (not part of the fingerprint).
    public var role: RecordRole?

    public init(table: String?, key: String, location: SourceLocation?, role: RecordRole? = nil) {
        self.table = table
        self.key = key
        self.location = location
        self.role = role
    }
}

/// The part a record plays in a finding about two records, so that readers (the report) need neither
/// parse the message nor rely on the order of the records.
public enum RecordRole: Sendable, Hashable {
    /// Of two accounts of one thing compared word by word: the one read first, the diff's first side.
    case firstAccount
    /// The account read later, the diff's second side; the finding is on it.
    case secondAccount
    /// Of two records that cannot both be right (two dates for one event): the one read first.
    case earlier
    /// The one read later, which the finding is on.
    case later
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
