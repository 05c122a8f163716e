import ReadoutModel

extension RuleContext {
    /// What a record's value means to the rules, through its schema's vocabulary (SchemaVocabulary.swift);
    /// nil when the table has no field for `M`'s concept, or the value is null or means nothing
    /// (`schema.vocabulary` reports such a value). Rules compare meanings, never the schema's own words.
    public func meaning<M: Meaning>(_ type: M.Type, of record: Record, in table: Table) -> M? {
        table.schema.meaning(type, of: record.values)
    }
}

/// A rule that interprets vocabulary values: `readout explain` lists the concepts it reads, with
/// their meanings, so a schema's author knows what to map.
public protocol ReadsVocabulary: Rule {
    static var concepts: [Concept] { get }
}

// The rules that read vocabulary values, in one place: a rule that starts reading one is added here.
extension MissingAttributionRule: ReadsVocabulary { public static let concepts: [Concept] = [.attributionType] }
extension AnonymousAttributionRule: ReadsVocabulary { public static let concepts: [Concept] = [.attributionType] }
extension VagueAttributionRule: ReadsVocabulary { public static let concepts: [Concept] = [.attributionType] }
extension InferredDateRule: ReadsVocabulary { public static let concepts: [Concept] = [.publicationDateStatus, .tense] }
extension WeekdayMismatchRule: ReadsVocabulary { public static let concepts: [Concept] = [.weekday] }
extension RelativeMismatchRule: ReadsVocabulary { public static let concepts: [Concept] = [.tense] }
extension AfterPublicationRule: ReadsVocabulary { public static let concepts: [Concept] = [.tense, .eventStatus] }
extension StaleCaptionRule: ReadsVocabulary { public static let concepts: [Concept] = [.tense] }
extension IntervalMismatchRule: ReadsVocabulary { public static let concepts: [Concept] = [.claimUnit, .claimComparator] }
extension DateConflictRule: ReadsVocabulary { public static let concepts: [Concept] = [.tense] }
extension OrdinalClaimRule: ReadsVocabulary { public static let concepts: [Concept] = [.eventStatus] }
extension QuoteConflictRule: ReadsVocabulary { public static let concepts: [Concept] = [.statementMode] }
extension ParaphraseConflictRule: ReadsVocabulary { public static let concepts: [Concept] = [.statementMode] }
extension SelfContradictionRule: ReadsVocabulary { public static let concepts: [Concept] = [.statementMode] }
extension VocabularyRule: ReadsVocabulary { public static let concepts: [Concept] = Concept.allCases }
