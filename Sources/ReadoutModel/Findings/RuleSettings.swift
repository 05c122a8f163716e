/// The rule configuration (schema/rules.yaml): which rules run, at what severity, with which options.
public struct RuleSettings: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var ruleID: String
        public var enabled: Bool
        public var severity: Severity?
        /// Option name → value, as numbers.
        public var options: [String: Double]
        /// Where the entry and each option were written, for errors about them.
        public var location: SourceLocation
        public var optionLocations: [String: SourceLocation]

        public init(ruleID: String, enabled: Bool = true, severity: Severity? = nil, options: [String: Double] = [:],
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

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public func entry(for ruleID: String) -> Entry? {
        entries.first { $0.ruleID == ruleID }
    }
}
