import Foundation
import ReadoutModel
import ReadoutRules

/// `validate --format sarif`: a SARIF 2.1.0 log (OASIS) of one run, for GitHub code scanning and editors.
/// The driver lists every registered rule; a result's location is its file relative to where readout
/// runs; a reviewed finding carries an accepted external suppression with the review's reason.
enum SARIFLog {
    static let version = "2.1.0"
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key of the finding's fingerprint (rule and record keys, never lines) in `partialFingerprints`.
    static let fingerprintKey = "readoutFingerprint/v1"
    static let rootBase = "SRCROOT"

    static func render(_ validation: Validation) -> JSONValue {
        let rules = RuleRegistry.all.map { rule in rule.description }
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let invocation: JSONValue = .object([
            ("executionSuccessful", .bool(true)),
            ("exitCode", .integer(validation.hasErrors ? 1 : 0)),
            ("toolExecutionNotifications", .array(validation.notes.map { note in
                .object([("level", .string("note")), ("message", message(note))])
            })),
        ])
        return log(rules: rules, invocation: invocation,
                   results: validation.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleID]) })
    }

    /// Input that could not be read: a log with no results whose invocation failed, naming the place.
    static func render(_ error: InputError) -> JSONValue {
        var notification: [(String, JSONValue)] = [("level", .string("error")), ("message", message(error.message))]
        notification.append(("locations", .array([location(file: error.file, line: error.line, column: error.column)])))
        let invocation: JSONValue = .object([
            ("executionSuccessful", .bool(false)),
            ("exitCode", .integer(2)),
            ("toolExecutionNotifications", .array([.object(notification)])),
        ])
        return log(rules: RuleRegistry.all.map { rule in rule.description }, invocation: invocation, results: [])
    }

    private static func log(rules: [RuleDescription], invocation: JSONValue, results: [JSONValue]) -> JSONValue {
        .object([
            ("$schema", .string(schema)),
            ("version", .string(version)),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("readout")),
                    ("rules", .array(rules.map(rule))),
                ]))])),
                ("invocations", .array([invocation])),
                ("originalUriBaseIds", .object([(rootBase, .object([("uri", .string(directoryURI))]))])),
                // libyaml counts columns in Unicode scalars.
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func rule(_ description: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(description.id)),
            ("shortDescription", message(description.summary)),
            ("fullDescription", message(description.explanation)),
            ("help", message(description.explanation + "\n\nreadout explain \(description.id) shows it with examples.")),
            ("defaultConfiguration", .object([("level", .string(level(description.severity)))])),
            ("properties", .object([("tags", .array([.string(description.kind)]))])),
        ])
    }

    private static func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let ruleIndex { pairs.append(("ruleIndex", .integer(ruleIndex))) }
        pairs += [
            ("level", .string(level(finding.severity))),
            ("message", message(([finding.message] + finding.notes).joined(separator: "\n"))),
        ]
        if let place = finding.location {
            pairs.append(("locations", .array([location(file: place.file, line: place.line, column: place.column)])))
        }
        let related = finding.related.compactMap { reference in
            reference.location.map { (reference, $0) }
        }
        if !related.isEmpty {
            pairs.append(("relatedLocations", .array(related.enumerated().map { position, pair in
                let (reference, place) = pair
                return location(file: place.file, line: place.line, column: place.column, id: position,
                                text: [reference.table, reference.key].compactMap { $0 }.joined(separator: " "))
            })))
        }
        pairs.append(("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])))
        if let review = finding.review {
            pairs.append(("suppressions", .array([.object([
                ("kind", .string("external")), ("status", .string("accepted")),
                ("justification", .string(review.reason)),
                ("location", location(file: review.location.file, line: review.location.line, column: review.location.column)),
                ("properties", .object([("reviewedOn", .string(review.date))])),
            ])])))
        }
        var properties: [(String, JSONValue)] = []
        if let table = finding.subject.table { properties.append(("table", .string(table))) }
        properties.append(("key", .string(finding.subject.key)))
        if let record = finding.location?.record { properties.append(("record", .integer(record))) }
        if let place = finding.location, let name = ColumnKind(place.file).propertyName { properties.append((name, .integer(place.column))) }
        if let diff = finding.diff { properties.append(("diff", .string(diff))) }
        pairs.append(("properties", .object(properties)))
        return .object(pairs)
    }

    private static func message(_ text: String) -> JSONValue {
        .object([("text", .string(text))])
    }

    /// A physical location. Only where readout's column counts Unicode code points (the run's
    /// columnKind) does the region have a startColumn; other columns are in the result's properties.
    private static func location(file: String, line: Int?, column: Int?, id: Int? = nil, text: String? = nil) -> JSONValue {
        var artifact: [(String, JSONValue)] = [("uri", .string(uri(file)))]
        if !file.hasPrefix("/") { artifact.append(("uriBaseId", .string(rootBase))) }
        var physical: [(String, JSONValue)] = [("artifactLocation", .object(artifact))]
        if let line, line > 0 {
            var region: [(String, JSONValue)] = [("startLine", .integer(line))]
            if let column, column > 0, ColumnKind(file) == .codePoints { region.append(("startColumn", .integer(column))) }
            physical.append(("region", .object(region)))
        }
        var pairs: [(String, JSONValue)] = []
        if let id { pairs.append(("id", .integer(id))) }
        pairs.append(("physicalLocation", .object(physical)))
        if let text { pairs.append(("message", message(text))) }
        return .object(pairs)
    }

    /// What readout's column counts in a file: code points in YAML and JSON (libyaml), bytes in JSON
    /// Lines (its parser), cells in CSV and other delimited text.
    enum ColumnKind {
        case codePoints, bytes, cells

        init(_ file: String) {
            switch (file as NSString).pathExtension.lowercased() {
            case "yaml", "yml", "json": self = .codePoints
            case "jsonl": self = .bytes
            default: self = .cells
            }
        }

        /// The result property that carries a column SARIF's region cannot.
        var propertyName: String? {
            switch self {
            case .codePoints: nil
            case .bytes: "byteColumn"
            case .cells: "cell"
            }
        }
    }

    /// A relative URI reference for a path readout was given relative (or absolute under the current
    /// folder), else an absolute file URI; each character outside a path's unreserved set is percent-encoded.
    static func uri(_ path: String) -> String {
        let root = directoryPath
        let relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;")
        let encoded = relative.addingPercentEncoding(withAllowedCharacters: allowed) ?? relative
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// The current folder, ending in `/`.
    private static var directoryPath: String {
        let current = FileManager.default.currentDirectoryPath
        return current.hasSuffix("/") ? current : current + "/"
    }

    private static var directoryURI: String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;")
        return "file://" + (directoryPath.addingPercentEncoding(withAllowedCharacters: allowed) ?? directoryPath)
    }
}
