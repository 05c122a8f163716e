import ReadoutModel

/// Every rule readout knows, in the order `readout rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        TypeRule.self,
        RequiredRule.self,
        EnumRule.self,
        VocabularyRule.self,
        PatternRule.self,
        LengthRule.self,
        RangeRule.self,
        UniqueRule.self,
        PrimaryKeyRule.self,
        UniqueKeysRule.self,
        ForeignKeyRule.self,
        UnknownFieldRule.self,
        SurroundingWhitespaceRule.self,
        ExtraCellRule.self,
        MissingCellRule.self,
        BlankRowRule.self,
        StrayQuoteRule.self,
        BlankLabelRule.self,
        DuplicateLabelRule.self,
        IncorrectLabelRule.self,
        ExtraLabelRule.self,
        MissingLabelRule.self,
        ResourceBytesRule.self,
        ResourceHashRule.self,
        SourceChecksumRule.self,
        EvidenceNotFoundRule.self,
        EvidenceAmbiguousRule.self,
        InferredDateRule.self,
        WeekdayMismatchRule.self,
        RelativeMismatchRule.self,
        AfterPublicationRule.self,
        IntervalMismatchRule.self,
        DateConflictRule.self,
        RoleNotHeldRule.self,
        OrdinalClaimRule.self,
        QuoteConflictRule.self,
        ParaphraseConflictRule.self,
        TitleConflictRule.self,
        UnknownTitleRule.self,
        ParticipantsConflictRule.self,
        MissingAttributionRule.self,
        AnonymousAttributionRule.self,
        VagueAttributionRule.self,
        AttributionChainRule.self,
    ]

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
