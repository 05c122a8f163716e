import Temporal

/// A value the rules interpret: a concept with named meanings. A field annotated with the concept's
/// annotation binds the schema's own values to the meanings (the annotation's `values` map; a value
/// not in it means itself), so a schema may say `anonymous` where readout says `anonymous-official`.
/// Rules ask for a record's meaning, never compare the raw value. schema/README.md documents each.
public enum Concept: String, Sendable, CaseIterable {
    case statementMode = "statement-mode"
    case attributionType = "attribution-type"
    case eventStatus = "event-status"
    case eventDatePrecision = "event-date-precision"
    case tense
    case weekday
    case claimKind = "claim-kind"
    case claimUnit = "claim-unit"
    case claimComparator = "claim-comparator"
    case publicationDateStatus = "publication-date-status"
    case actorKind = "actor-kind"

    /// What the concept is, in one line.
    public var summary: String {
        switch self {
        case .statementMode: "how a statement is reported"
        case .attributionType: "whom the article attributes a statement or claim to"
        case .eventStatus: "whether an event took place"
        case .eventDatePrecision: "how precisely an event's dates are known"
        case .tense: "whether the article tells an event as past or to come"
        case .weekday: "a day of the week written in the article"
        case .claimKind: "what a claim about events asserts"
        case .claimUnit: "the unit of an interval claim's amount"
        case .claimComparator: "how an interval claim's amount bounds the interval"
        case .publicationDateStatus: "how a source's publication date is known"
        case .actorKind: "what an actor is"
        }
    }

    /// The meanings, in documentation order, each with one line saying what it means.
    public var meanings: [(name: String, doc: String)] {
        switch self {
        case .statementMode: Self.documented(StatementMode.self)
        case .attributionType: Self.documented(AttributionType.self)
        case .eventStatus: Self.documented(EventStatus.self)
        case .eventDatePrecision: Self.documented(DatePrecision.self)
        case .tense: Self.documented(Tense.self)
        case .weekday: Self.documented(WeekdayName.self)
        case .claimKind: Self.documented(ClaimKind.self)
        case .claimUnit: Self.documented(ClaimUnit.self)
        case .claimComparator: Self.documented(ClaimComparator.self)
        case .publicationDateStatus: Self.documented(PublicationDateStatus.self)
        case .actorKind: Self.documented(ActorKind.self)
        }
    }

    public var meaningNames: [String] { meanings.map(\.name) }

    /// "'direct', 'indirect'": the meanings, for messages.
    public var meaningList: String { meaningNames.map { "'\($0)'" }.joined(separator: ", ") }

    private static func documented<M: Meaning>(_: M.Type) -> [(name: String, doc: String)] {
        M.allCases.map { ($0.rawValue, $0.doc) }
    }
}

/// One concept's meanings, as a Swift type, so that a rule's comparison is checked by the compiler.
public protocol Meaning: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    static var concept: Concept { get }
    /// What the meaning means, in one line.
    var doc: String { get }
}

extension SchemaAnnotation {
    /// The concept whose meanings a field with this annotation holds (the concept of the same name);
    /// nil for an open value (an event kind, a topic, a name).
    public var concept: Concept? { Concept(rawValue: rawValue) }
}

extension Field {
    /// The concept the field's annotation binds it to, if any.
    public var concept: Concept? { annotation.flatMap(SchemaAnnotation.init(rawValue:))?.concept }

    /// The meaning of one of the field's values (the `values` map, else the value itself), or nil
    /// when the concept has no such meaning.
    public func meaningName(of text: String) -> String? {
        guard let concept else { return nil }
        let name = valueMeanings[text] ?? text
        return concept.meaningNames.contains(name) ? name : nil
    }

    /// The meaning of a record's value; nil when the value is null, invalid or means nothing in `M`.
    /// Called per record, so it compares the annotation's name rather than building the concept.
    public func meaning<M: Meaning>(_: M.Type, of value: Value) -> M? {
        guard annotation == M.concept.rawValue, value.isPresent, let text = value.text else { return nil }
        return M(rawValue: valueMeanings[text] ?? text)
    }
}

extension TableSchema {
    /// The field bound to `M`'s concept.
    public func index<M: Meaning>(bound _: M.Type) -> Int? {
        fields.firstIndex { $0.annotation == M.concept.rawValue }
    }

    /// A record's meaning for `M`'s concept; nil when the table has no such field or the value means nothing.
    public func meaning<M: Meaning>(_ type: M.Type, of values: [Value]) -> M? {
        index(bound: type).flatMap { fields[$0].meaning(type, of: values[$0]) }
    }
}

public enum StatementMode: String, Meaning {
    case direct, indirect
    public static let concept = Concept.statementMode
    public var doc: String {
        switch self {
        case .direct: "a direct quote: the speaker's words, verbatim"
        case .indirect: "a paraphrase: the article's words for what the speaker said"
        }
    }
}

public enum AttributionType: String, Meaning {
    case namedPerson = "named-person", namedInstitution = "named-institution", namedOutlet = "named-outlet"
    case anonymousOfficial = "anonymous-official", unnamedOutlet = "unnamed-outlet", genericBody = "generic-body"
    case collective
    case none
    public static let concept = Concept.attributionType
    public var doc: String {
        switch self {
        case .namedPerson: "a person named in the article"
        case .namedInstitution: "an institution named in the article (a ministry, the White House)"
        case .namedOutlet: "a news outlet named in the article"
        case .anonymousOfficial: "an unnamed person (\"a senior official\"): attribution.anonymous"
        case .unnamedOutlet: "an outlet the article does not name (\"state media\"): attribution.vague"
        case .genericBody: "a group the article does not pin down (\"US officials\"): attribution.vague"
        case .collective: "a country or capital standing for its government (\"Beijing\", \"the US\"): no office, spokesperson or outlet named (attribution.vague)"
        case .none: "no one: the article's own word (attribution.missing, as is a null type, unless the attribution is carried from another statement)"
        }
    }
}

public enum EventStatus: String, Meaning {
    case occurred, planned, proposed, postponed, cancelled
    public static let concept = Concept.eventStatus
    public var doc: String {
        switch self {
        case .occurred: "it took place (the only status an ordinal claim counts)"
        case .planned: "it is announced or expected"
        case .proposed: "it is suggested or under discussion, not yet agreed"
        case .postponed: "it was put off"
        case .cancelled: "it was called off"
        }
    }
}

public enum DatePrecision: String, Meaning {
    case day, week, month, year, unknown
    public static let concept = Concept.eventDatePrecision
    public var doc: String {
        switch self {
        case .day: "the dates are known to the day"
        case .week: "known to the week"
        case .month: "known to the month"
        case .year: "known to the year"
        case .unknown: "the dates are a guess"
        }
    }
}

extension Tense: Meaning {
    public static let concept = Concept.tense
    public var doc: String {
        switch self {
        case .past: "told as having happened; date expressions count back (the default when null)"
        case .future: "told as to come; date expressions count forward"
        }
    }
}

/// The weekday an article names, checked against the stated date.
public enum WeekdayName: String, Meaning {
    case monday = "Monday", tuesday = "Tuesday", wednesday = "Wednesday", thursday = "Thursday"
    case friday = "Friday", saturday = "Saturday", sunday = "Sunday"
    public static let concept = Concept.weekday
    public var doc: String { "the day \(rawValue)" }
    public var weekday: Weekday {
        Weekday.allCases[WeekdayName.allCases.firstIndex(of: self) ?? 0]
    }
}

public enum ClaimKind: String, Meaning {
    case ordinal, interval, relative
    public static let concept = Concept.claimKind
    public var doc: String {
        switch self {
        case .ordinal: "the event is the n-th of its kind (\"the first call since\"): claim.ordinal"
        case .interval: "a time between two events (\"three weeks after\"): date.interval-mismatch"
        case .relative: "one event is before or after another"
        }
    }
}

public enum ClaimUnit: String, Meaning {
    case day, week, month, year
    public static let concept = Concept.claimUnit
    public var doc: String {
        switch self {
        case .day: "1 day"
        case .week: "7 days"
        case .month: "30.44 days (a mean month)"
        case .year: "365.25 days"
        }
    }
    /// The unit's length in days.
    public var days: Double {
        switch self {
        case .day: 1
        case .week: 7
        case .month: 30.44
        case .year: 365.25
        }
    }
}

public enum ClaimComparator: String, Meaning {
    case about, lessThan = "less-than", moreThan = "more-than", within
    public static let concept = Concept.claimComparator
    public var doc: String {
        switch self {
        case .about: "about the amount: from half a unit less to one unit more (the default when null)"
        case .lessThan: "up to the amount"
        case .moreThan: "at least the amount"
        case .within: "up to the amount"
        }
    }
}

public enum PublicationDateStatus: String, Meaning {
    case stated, inferred
    public static let concept = Concept.publicationDateStatus
    public var doc: String {
        switch self {
        case .stated: "the article states its date; both bounds equal it"
        case .inferred: "the date is inferred: earliest and latest bounds and a note are required"
        }
    }
}

public enum ActorKind: String, Meaning {
    case person, institution, outlet
    public static let concept = Concept.actorKind
    public var doc: String {
        switch self {
        case .person: "a person"
        case .institution: "an institution (a government, a ministry, an office)"
        case .outlet: "a news outlet"
        }
    }
}
