import ReadoutModel

/// What a rule needs from a schema to run on a table: declared with its description, so that readout can
/// say, per rule and table, whether the rule runs and why not (`readout rules --schema`, validate notes).
public enum RuleRequirement: Sendable, Equatable {
    /// The rule checks the tables with a field annotated with one of these; a rule without `checks`
    /// checks every table.
    case checks([SchemaAnnotation])
    /// The checked table also needs a field with one of these annotations.
    case field([SchemaAnnotation])
    /// The checked table must lead to the source or the event table through single-field foreign keys,
    /// each referencing a primary key (a table leads to itself).
    case path(to: TableRole)
    /// The source or the event table must exist and have a field with one of these annotations.
    case annotation([SchemaAnnotation], on: TableRole)
    /// Some table of the package must have a field so annotated (the roles table for title rules).
    case table(with: SchemaAnnotation)
    /// Without a field so annotated in the checked table the rule runs, but `lost` does not.
    case partial(SchemaAnnotation, lost: String)
}
