/// A record left out of the export only because a record it refers to was left out.
public struct ExcludedReferenceRule: PipelineRule {
    public static let description = RuleDescription(
        id: "export.excluded-reference", severity: .info,
        summary: "A record is left out of the export because a record it refers to is left out.",
        explanation: """
            The export holds only records without unreviewed errors, and only records whose foreign keys \
            still resolve inside it: when a record is left out for an error, every record that refers to \
            it is left out too (and those that refer to them, and so on), each with this finding naming \
            the record it refers to. It is in exports/findings.* and does not fail validation; fix the \
            first record's error to bring them all back. Reported while the export is made, not by a rule \
            over records, so it has no examples here.
            """,
        triggering: [], nonTriggering: [])

    public init() {}
}
