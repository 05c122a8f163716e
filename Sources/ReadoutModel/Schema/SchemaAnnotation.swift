/// The values of the `readout` property on a schema field: what the field means to the rules.
///
/// Rules find their fields through these, never through table or column names,
/// so another research group's schema works once it is annotated. schema/README.md documents each.
public enum SchemaAnnotation: String, Sendable, CaseIterable {
    /// The field descriptor property that holds the annotation.
    public static let property = "readout"

    // Sources (a table with a corpus-file field is a source table).
    case corpusFile = "corpus-file"
    case corpusSHA256 = "corpus-sha256"
    case sourceTitle = "source-title"
    case publicationDate = "publication-date"
    case publicationDateStatus = "publication-date-status"
    case publicationDateEarliest = "publication-date-earliest"
    case publicationDateLatest = "publication-date-latest"
    case publicationDateNote = "publication-date-note"
    // Evidence, on any table whose records come from one source.
    case evidence
    case evidencePrefix = "evidence-prefix"
    case evidenceSuffix = "evidence-suffix"
    case note
    // Actors and their titles.
    case actorKind = "actor-kind"
    case stateMedia = "state-media"
    case roleTitle = "role-title"
    case roleStart = "role-start"
    case roleEnd = "role-end"
    case roleTitleVariant = "role-title-variant"
    case mentionedActor = "mentioned-actor"
    case titleAsWritten = "title-as-written"
    case titleAsOfEvent = "title-as-of-event"
    // Events and accounts of them.
    case eventKind = "event-kind"
    case eventDateFrom = "event-date-from"
    case eventDateTo = "event-date-to"
    case eventDatePrecision = "event-date-precision"
    case eventStatus = "event-status"
    case eventParent = "event-parent"
    case dateExpression = "date-expression"
    case weekday
    case statedDate = "stated-date"
    case tense
    case dateAnchorEvent = "date-anchor-event"
    case fromCaption = "from-caption"
    case participant
    // Statements and their attribution.
    case speaker
    case statementMode = "statement-mode"
    case quote
    case topic
    case attribution
    case attributionCue = "attribution-cue"
    case attributionType = "attribution-type"
    case attributedTo = "attributed-to"
    /// The statement whose attribution this one continues (a paragraph's "according to the White House").
    case attributionCarriedFrom = "attribution-carried-from"
    case chainPosition = "chain-position"
    case chainActor = "chain-actor"
    case chainAsWritten = "chain-as-written"
    // Relative, interval and ordinal claims.
    case claimKind = "claim-kind"
    case claimText = "claim-text"
    case claimEvent = "claim-event"
    case claimReferenceEvent = "claim-reference-event"
    case claimOrdinal = "claim-ordinal"
    case claimAmount = "claim-amount"
    case claimUnit = "claim-unit"
    case claimComparator = "claim-comparator"
    case claimCountedKinds = "claim-counted-kinds"
    // Names for people to read (the report), on any table.
    case displayName = "display-name"
    case sourceOutlet = "source-outlet"
}

extension TableSchema {
    public func index(of annotation: SchemaAnnotation) -> Int? {
        index(annotated: annotation.rawValue)
    }

    public func has(_ annotation: SchemaAnnotation) -> Bool {
        index(of: annotation) != nil
    }
}
