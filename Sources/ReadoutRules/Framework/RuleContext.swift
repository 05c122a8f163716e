import ReadoutModel

/// What a rule sees: the dataset, the corpus when there is one, and keyed lookups.
public struct RuleContext: Sendable {
    public let dataset: Dataset
    public let corpus: Corpus?
    public let index: DatasetIndex

    public init(dataset: Dataset, corpus: Corpus? = nil) {
        self.dataset = dataset
        self.corpus = corpus
        self.index = DatasetIndex(dataset: dataset)
    }

    /// A finding about `record` of `table`, at field `field` when given (else at the record's start).
    public func finding<R: Rule>(_ rule: R.Type, _ message: String, table: Table, record: Record,
                                 field: Int? = nil, related: [RecordReference] = [],
                                 notes: [String] = []) -> Finding {
        Finding(ruleID: R.description.id, severity: R.description.severity, message: message,
                subject: reference(table: table, record: record, field: field), related: related, notes: notes)
    }

    public func reference(table: Table, record: Record, field: Int? = nil) -> RecordReference {
        RecordReference(table: table.name, key: table.key(of: record),
                        location: field.map(record.location(ofField:)) ?? record.location)
    }
}
