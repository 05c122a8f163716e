import ReadoutModel

/// What a rule is for, shown by `readout rules` and `readout explain`, and tested through its examples.
public struct RuleDescription: Sendable {
    /// `kind.name`, e.g. `date.weekday-mismatch`.
    public var id: String
    /// The severity of the rule's findings...
    public var severity: Severity
    /// ...except those of a kind the explanation names, which the rule gives one of these instead
    /// (`RuleContext.finding(severity:)`). A configured severity (schema/rules.yaml) replaces both.
    public var otherSeverities: [Severity]
    public var summary: String
    public var explanation: String
    /// Rules that read the corpus are skipped, with a note, when no corpus is given.
    public var needsCorpus: Bool
    /// Each must make the rule report exactly at its `↓` markers.
    public var triggering: [RuleExample]
    /// Each must leave the rule silent.
    public var nonTriggering: [RuleExample]
    /// What the rule needs from a schema to run on a table (see `RuleRequirement`); with `needsCorpus`,
    /// readout says per rule and table whether it runs and why not.
    public var requirements: [RuleRequirement]
    /// Values a configuration may set for the rule (schema/rules.yaml), with their defaults.
    public var options: [RuleOption]

    public init(id: String, severity: Severity, otherSeverities: [Severity] = [], summary: String, explanation: String,
                needsCorpus: Bool = false,
                requirements: [RuleRequirement] = [], options: [RuleOption] = [],
                triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.severity = severity
        self.otherSeverities = otherSeverities
        self.summary = summary
        self.explanation = explanation
        self.needsCorpus = needsCorpus
        self.requirements = requirements
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.options = options
    }

    /// Every severity the rule's findings may have unless configured, its default first.
    public var severities: [Severity] {
        [severity] + otherSeverities
    }

    /// The part of the id before the dot: `schema`, `date`, `evidence`...
    public var kind: String {
        String(id.prefix { $0 != "." })
    }
}

/// A value a rule reads from the configuration: a number (a similarity threshold, a tolerance in days)
/// or one of named choices.
public struct RuleOption: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A number within `range`, in `unit` ("days", "units of the claim", "" for a ratio); `whole`
        /// when only whole numbers are allowed (a number of days).
        case number(unit: String, range: ClosedRange<Double>, whole: Bool)
        /// One of these names, each with what it means.
        case choice([Choice])
    }

    public struct Choice: Sendable, Equatable {
        public var name: String
        public var meaning: String

        public init(_ name: String, _ meaning: String) {
            self.name = name
            self.meaning = meaning
        }
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: RuleSettings.OptionValue
    public var summary: String

    public init(_ name: String, default defaultValue: Double, unit: String = "", whole: Bool = false,
                range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, _ summary: String) {
        self.name = name
        self.kind = .number(unit: unit, range: range, whole: whole)
        self.defaultValue = .number(defaultValue)
        self.summary = summary
    }

    public init(_ name: String, default defaultValue: String, choices: [Choice], _ summary: String) {
        self.name = name
        self.kind = .choice(choices)
        self.defaultValue = .name(defaultValue)
        self.summary = summary
    }

    /// Why `value` cannot be this option's value; nil when it can.
    public func problem(with value: RuleSettings.OptionValue) -> String? {
        switch (kind, value) {
        case let (.number(unit, range, whole), .number(number)):
            if whole, number != number.rounded() { return "must be a whole number\(unit.isEmpty ? "" : " of " + unit), not \(value)" }
            guard !range.contains(number) else { return nil }
            let bounds = range.upperBound == .greatestFiniteMagnitude ? "at least \(RuleSettings.OptionValue.number(range.lowerBound))"
                : "from \(RuleSettings.OptionValue.number(range.lowerBound)) to \(RuleSettings.OptionValue.number(range.upperBound))"
            return "must be \(bounds)\(unit.isEmpty ? "" : " " + unit), not \(value)"
        case (.number, _): return "must be a number, not '\(value)'"
        case let (.choice(choices), .name(name)) where choices.contains(where: { $0.name == name }): return nil
        case let (.choice(choices), _): return "must be one of \(choices.map(\.name).joined(separator: ", ")), not '\(value)'"
        }
    }

    /// `name (unit, default N): summary`, with the choices, for `readout explain`.
    public var documentation: String {
        var text = name + " ("
        if case let .number(unit, _, _) = kind, !unit.isEmpty { text += unit + ", " }
        text += "default \(defaultValue)): " + summary
        if case let .choice(choices) = kind {
            text += choices.map { "\n      \($0.name): \($0.meaning)" }.joined()
        }
        return text
    }
}

/// A small data file, `↓` marking where a finding must land: YAML records in the project's schema, or a
/// CSV table of one of its resources (or of a small schema given with the example).
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    /// The YAML, or the CSV text.
    public var yaml: String
    /// Corpus files (name → text) the example's sources point to.
    public var corpus: [String: String]
    /// For a CSV example: the resource it is a file of.
    public var table: TableSource?
    /// The rule's options as the example sets them (the rest keep their defaults).
    public var options: [String: RuleSettings.OptionValue] = [:]

    public enum TableSource: Sendable {
        /// A resource of the project's schema, by name.
        case project(String)
        /// A resource of its own, named `example`.
        case schema(TableSchema, Dialect = Dialect())
        /// A resource given whole (its dialect, `bytes`, `hash`...).
        case resource(DataPackage.Resource)
    }

    public init(_ yaml: String, corpus: [String: String] = [:], options: [String: RuleSettings.OptionValue] = [:]) {
        self.yaml = yaml
        self.corpus = corpus
        self.options = options
    }

    /// A CSV table; in it a marker's column is the cell it stands before (counting delimiters outside
    /// quotes), and a marker that ends a line after a cell's text marks the cell after it (a missing cell).
    public init(csv: String, of table: TableSource) {
        yaml = csv
        corpus = [:]
        self.table = table
    }

    /// The text without markers, and the 1-based line and column of each: in Unicode scalars (as libyaml
    /// counts) for YAML, in cells for CSV.
    public var unmarked: (yaml: String, markers: [(line: Int, column: Int)]) {
        var markers: [(Int, Int)] = []
        var lines: [String] = []
        let delimiter: Character? = table.map { table in
            switch table {
            case let .schema(_, dialect): return dialect.delimiter.first ?? ","
            case let .resource(resource): return resource.dialect.delimiter.first ?? ","
            case .project: return ","
            }
        }
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var kept = ""
            var cell = 1, quoted = false
            for (offset, character) in line.enumerated() {
                if character == RuleExample.marker {
                    guard delimiter != nil else {
                        markers.append((number + 1, kept.unicodeScalars.count + 1))
                        continue
                    }
                    let atEnd = offset == line.count - 1 && !kept.isEmpty && kept.last != delimiter
                    markers.append((number + 1, atEnd ? cell + 1 : cell))
                } else {
                    if character == "\"" { quoted.toggle() }
                    if character == delimiter, !quoted { cell += 1 }
                    kept.append(character)
                }
            }
            lines.append(kept)
        }
        return (lines.joined(separator: "\n"), markers)
    }
}
