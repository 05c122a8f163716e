import Foundation
import ReadoutModel

/// What to validate: the schema, the data folder and, for the evidence rules, the corpus; optionally
/// the rule configuration and the reviewed findings.
public struct ValidationRequest: Sendable {
    public static let defaultSchemaPath = "schema/datapackage.json"
    /// The Data Package whose tables YAML records and named table files follow; nil when not given:
    /// then `defaultSchemaPath` for YAML records, while a package's own descriptor needs none and bare
    /// tables are checked against the schema inferred from them (see DataInput).
    public var schemaPath: String?
    /// A folder (YAML records, a Data Package, or tables), a `datapackage.json`, or one CSV or JSON Lines table.
    public var dataFolder: String
    public var corpusFolder: String?
    /// The rule configuration (`rules:`); nil means `rules.yaml` beside the schema, when it exists.
    public var rulesPath: String?
    /// The reviewed findings (`reviews:`); nil means `reviewed.yaml` in the data folder, when it exists.
    /// It is never loaded as records.
    public var reviewsPath: String?
    /// Counts the run's progress for a progress line (see ProgressLine); nil for none.
    public var progress: RunProgress?

    public init(schemaPath: String? = nil, dataFolder: String = "data", corpusFolder: String? = nil,
                rulesPath: String? = nil, reviewsPath: String? = nil) {
        self.schemaPath = schemaPath
        self.dataFolder = dataFolder
        self.corpusFolder = corpusFolder
        self.rulesPath = rulesPath
        self.reviewsPath = reviewsPath
    }

    /// The schema file for YAML records and named table files.
    public var resolvedSchemaPath: String { schemaPath ?? Self.defaultSchemaPath }

    var resolvedRulesPath: String? {
        rulesPath ?? existing((resolvedSchemaPath as NSString).deletingLastPathComponent, "rules.yaml")
    }

    var resolvedReviewsPath: String? {
        reviewsPath ?? existing(dataFolder, "reviewed.yaml")
    }

    private func existing(_ folder: String, _ name: String) -> String? {
        let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
