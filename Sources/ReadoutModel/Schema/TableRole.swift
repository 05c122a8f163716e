/// The tables the rules and the dataset index find by their annotations rather than by name.
public enum TableRole: String, Sendable, Equatable {
    /// The table with a `corpus-file` field: one record per article.
    case source
    /// The table with an `event-date-from` field: one record per event.
    case event

    /// The annotation that makes a table this role's table.
    public var defining: SchemaAnnotation {
        switch self {
        case .source: .corpusFile
        case .event: .eventDateFrom
        }
    }
}
