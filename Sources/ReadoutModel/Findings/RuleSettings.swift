/// The rule configuration (schema/rules.yaml): which rules run, at what severity, with which options.
public struct RuleSettings: Sendable, Equatable {
    /// An option's value as written: a number, `true`/`false`, or a name (one of the option's choices).
    /// The rule's declaration says which it must be; the configuration check refuses the others (no
    /// rule has a switch option yet, so `true`/`false` is always refused, by name).
    public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
        case number(Double)
        case boolean(Bool)
        case name(String)

        public var number: Double? {
            if case let .number(value) = self { value } else { nil }
        }

        public var name: String? {
            if case let .name(value) = self { value } else { nil }
        }

        public var description: String {
            switch self {
            case let .number(value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            case let .boolean(value): String(value)
            case let .name(value): value
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public var ruleID: String
        public var enabled: Bool
        public var severity: Severity?
        /// Option name → value.
        public var options: [String: OptionValue]
        /// Where the entry and each option were written, for errors about them.
        public var location: SourceLocation
        public var optionLocations: [String: SourceLocation]

        public init(ruleID: String, enabled: Bool = true, severity: Severity? = nil, options: [String: OptionValue] = [:],
                    location: SourceLocation, optionLocations: [String: SourceLocation] = [:]) {
            self.ruleID = ruleID
            self.enabled = enabled
            self.severity = severity
            self.options = options
            self.location = location
            self.optionLocations = optionLocations
        }
    }

    public var entries: [Entry]
    /// Options set once for every rule that has them (`options:` beside `rules:`), such as the time-zone
    /// slack the date rules share; a rule's own entry overrides them.
    public var shared: [String: OptionValue]
    public var sharedLocations: [String: SourceLocation]

    public init(entries: [Entry] = [], shared: [String: OptionValue] = [:], sharedLocations: [String: SourceLocation] = [:]) {
        self.entries = entries
        self.shared = shared
        self.sharedLocations = sharedLocations
    }

    public func entry(for ruleID: String) -> Entry? {
        entries.first { $0.ruleID == ruleID }
    }

    /// The value configured for a rule's option: its own entry's, else the shared one; nil for the default.
    public func option(_ name: String, for ruleID: String) -> OptionValue? {
        entry(for: ruleID)?.options[name] ?? shared[name]
    }
}
