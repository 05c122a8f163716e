/// What to validate: the schema, the data folder and, for the evidence rules, the corpus.
public struct ValidationRequest: Sendable {
    public var schemaPath: String
    public var dataFolder: String
    public var corpusFolder: String?

    public init(schemaPath: String = "schema/datapackage.json", dataFolder: String = "data", corpusFolder: String? = nil) {
        self.schemaPath = schemaPath
        self.dataFolder = dataFolder
        self.corpusFolder = corpusFolder
    }
}
