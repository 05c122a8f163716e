import Foundation
import ReadoutModel

/// What to validate: the schema, the data folder and, for the evidence rules, the corpus; optionally
/// the rule configuration and the reviewed findings.
public struct ValidationRequest: Sendable {
    public var schemaPath: String
    public var dataFolder: String
    public var corpusFolder: String?
    /// The rule configuration (`rules:`); nil means `rules.yaml` beside the schema, when it exists.
    public var rulesPath: String?
    /// The reviewed findings (`reviews:`); nil means `reviewed.yaml` in the data folder, when it exists.
    /// It is never loaded as records.
    public var reviewsPath: String?
    /// Counts the run's progress for a progress line (see ProgressLine); nil for none.
    public var progress: RunProgress?

    public init(schemaPath: String = "schema/datapackage.json", dataFolder: String = "data", corpusFolder: String? = nil,
                rulesPath: String? = nil, reviewsPath: String? = nil) {
        self.schemaPath = schemaPath
        self.dataFolder = dataFolder
        self.corpusFolder = corpusFolder
        self.rulesPath = rulesPath
        self.reviewsPath = reviewsPath
    }

    var resolvedRulesPath: String? {
        rulesPath ?? existing((schemaPath as NSString).deletingLastPathComponent, "rules.yaml")
    }

    var resolvedReviewsPath: String? {
        reviewsPath ?? existing(dataFolder, "reviewed.yaml")
    }

    private func existing(_ folder: String, _ name: String) -> String? {
        let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
