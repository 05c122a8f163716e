/// What to validate: the schema, the data folder and, for the evidence rules, the corpus; optionally
/// the rule configuration and the reviewed findings.
public struct ValidationRequest: Sendable {
    public var schemaPath: String
    public var dataFolder: String
    public var corpusFolder: String?
    /// The rule configuration (`rules:`); nil runs every rule with its defaults.
    public var rulesPath: String?
    /// The reviewed findings (`reviews:`); read from the data folder but not loaded as records.
    public var reviewsPath: String?

    public init(schemaPath: String = "schema/datapackage.json", dataFolder: String = "data", corpusFolder: String? = nil,
                rulesPath: String? = nil, reviewsPath: String? = nil) {
        self.schemaPath = schemaPath
        self.dataFolder = dataFolder
        self.corpusFolder = corpusFolder
        self.rulesPath = rulesPath
        self.reviewsPath = reviewsPath
    }
}
