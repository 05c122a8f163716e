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

    public enum TableSource: Sendable {
        /// A resource of the project's schema, by name.
        case project(String)
        /// A resource of its own, named `example`.
        case schema(TableSchema, Dialect = Dialect())
        /// A resource given whole (its dialect, `bytes`, `hash`...).
        case resource(DataPackage.Resource)
    }

    public init(_ yaml: String, corpus: [String: String] = [:]) {
        self.yaml = yaml
        self.corpus = corpus
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
