import ReadoutModel

/// What a rule is for, shown by `readout rules` and `readout explain`, and tested through its examples.
public struct RuleDescription: Sendable {
    /// `kind.name`, e.g. `date.weekday-mismatch`.
    public var id: String
    public var severity: Severity
    public var summary: String
    public var explanation: String
    /// Rules that read the corpus are skipped, with a note, when no corpus is given.
    public var needsCorpus: Bool
    /// Each must make the rule report exactly at its `↓` markers.
    public var triggering: [RuleExample]
    /// Each must leave the rule silent.
    public var nonTriggering: [RuleExample]
    /// Numbers a configuration may set for the rule (schema/rules.yaml), with their defaults.
    public var options: [RuleOption]

    public init(id: String, severity: Severity, summary: String, explanation: String, needsCorpus: Bool = false,
                options: [RuleOption] = [], triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.needsCorpus = needsCorpus
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.options = options
    }

    /// The part of the id before the dot: `schema`, `date`, `evidence`...
    public var kind: String {
        String(id.prefix { $0 != "." })
    }
}

/// A number a rule reads from the configuration, such as a similarity threshold.
public struct RuleOption: Sendable {
    public var name: String
    public var defaultValue: Double
    public var summary: String

    public init(_ name: String, default defaultValue: Double, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// A small YAML data file in the project's schema; `↓` marks where a finding must land.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public var yaml: String
    /// Corpus files (name → text) the example's sources point to.
    public var corpus: [String: String]
    /// The file format the tables are taken as read from, for rules about tabular files; nil: YAML.
    public var format: Table.TableFormat?
    /// v2 `uniqueKeys` the example adds to tables of the project's schema (table name → keys).
    public var uniqueKeys: [String: [[String]]]

    public init(_ yaml: String, corpus: [String: String] = [:], format: Table.TableFormat? = nil,
                uniqueKeys: [String: [[String]]] = [:]) {
        self.yaml = yaml
        self.corpus = corpus
        self.format = format
        self.uniqueKeys = uniqueKeys
    }

    /// The dataset loaded from the example's YAML, as the example says it was read.
    public func adjusted(_ dataset: Dataset) -> Dataset {
        var dataset = dataset
        for index in dataset.tables.indices {
            if let format { dataset.tables[index].format = format }
            if let keys = uniqueKeys[dataset.tables[index].name] { dataset.tables[index].schema.uniqueKeys = keys }
        }
        return dataset
    }

    /// The YAML without markers, and the 1-based line and column (in Unicode scalars, as libyaml counts) of each.
    public var unmarked: (yaml: String, markers: [(line: Int, column: Int)]) {
        var markers: [(Int, Int)] = []
        var lines: [String] = []
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var kept = ""
            for character in line {
                if character == RuleExample.marker {
                    markers.append((number + 1, kept.unicodeScalars.count + 1))
                } else {
                    kept.append(character)
                }
            }
            lines.append(kept)
        }
        return (lines.joined(separator: "\n"), markers)
    }
}
