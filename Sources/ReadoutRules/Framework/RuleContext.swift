import ReadoutModel

/// What a rule sees: the dataset, the corpus when there is one, and keyed lookups.
public struct RuleContext: Sendable {
    public let dataset: Dataset
    public let corpus: Corpus?
    public let index: DatasetIndex
    public let settings: RuleSettings
    /// Built once per run however many rules read them.
    let evidenceOutcomes = SharedAnalysis<[EvidenceMatcher.Located]>()
    let statementGroups = SharedAnalysis<StatementGroups>()
    let keyIndexes = KeyedSharedAnalysis<KeyIndex.Identity, KeyIndex>()

    public init(dataset: Dataset, corpus: Corpus? = nil, settings: RuleSettings = RuleSettings()) {
        self.dataset = dataset
        self.corpus = corpus
        self.settings = settings
        self.index = DatasetIndex(dataset: dataset)
    }

    /// Builds the shared analyses that `rules` read, side by side on all the cores, before the rules
    /// run: otherwise the second reader of an analysis would wait idle while the first builds it.
    public func prepareSharedAnalyses(for rules: [any Rule.Type]) {
        let ids = Set(rules.map { $0.description.id })
        var builds: [@Sendable () -> Void] = []
        if corpus != nil, !ids.isDisjoint(with: [EvidenceNotFoundRule.description.id, EvidenceAmbiguousRule.description.id]) {
            builds.append { _ = EvidenceMatcher.outcomes(self) }
        }
        if !ids.isDisjoint(with: [QuoteConflictRule.description.id, ParaphraseConflictRule.description.id]) {
            builds.append { _ = StatementGroups.shared(self) }
        }
        let toBuild = builds
        _ = Parallel.map(toBuild.count) { toBuild[$0]() }
    }

    /// The configured value of one of the rule's options (its own, else the shared one), or its default.
    public func value<R: Rule>(_ name: String, for rule: R.Type) -> RuleSettings.OptionValue? {
        settings.option(name, for: R.description.id) ?? R.description.options.first { $0.name == name }?.defaultValue
    }

    /// A number option; 0 when the rule declares no such option (a programming error its examples catch).
    public func option<R: Rule>(_ name: String, for rule: R.Type) -> Double {
        value(name, for: rule)?.number ?? 0
    }

    public func choice<R: Rule>(_ name: String, for rule: R.Type) -> String {
        value(name, for: rule)?.name ?? ""
    }

    /// A finding about `record` of `table`, at field `field` when given (else at the record's start), the
    /// record playing `role` when the finding is about two records that are not alike.
    ///
    /// `severity` is one of the rule's `otherSeverities`, for the kind of finding its explanation gives
    /// it to; nil for the rule's default. Either way the configuration's severity for the rule, when it
    /// sets one, is the finding's: the one place a finding's severity is decided.
    public func finding<R: Rule>(_ rule: R.Type, _ message: String, severity: Severity? = nil, table: Table, record: Record,
                                 field: Int? = nil, role: RecordRole? = nil, related: [RecordReference] = [],
                                 notes: [String] = [], diff: WordDiff? = nil, evidence: [String] = []) -> Finding {
        Finding(ruleID: R.description.id, severity: self.severity(of: rule, proposed: severity), message: message,
                subject: reference(table: table, record: record, field: field, role: role), related: related, notes: notes,
                diff: diff, evidence: evidence)
    }

    /// The severity of a finding of `rule`: the configured one, else `proposed`, else the rule's default.
    public func severity<R: Rule>(of rule: R.Type, proposed: Severity? = nil) -> Severity {
        settings.entry(for: R.description.id)?.severity ?? proposed ?? R.description.severity
    }

    /// A record's evidence span, when its table has one.
    public func evidence(of record: Record, in table: Table) -> String? {
        table.schema.index(of: .evidence).flatMap { record.values[$0].stringValue }
    }

    public func reference(table: Table, record: Record, field: Int? = nil, role: RecordRole? = nil) -> RecordReference {
        RecordReference(table: table.name, key: table.key(of: record),
                        location: field.map(record.location(ofField:)) ?? record.location, role: role)
    }
}
