/// A committed export file that differs from what `readout export` writes now.
public struct ExportStaleRule: PipelineRule {
    public static let description = RuleDescription(
        id: "export.stale", severity: .error,
        summary: "A file of the export folder differs from a fresh export, or is missing.",
        explanation: """
            `validate --exports DIR` renders the export in memory and compares it byte for byte with each \
            file in DIR: a file that differs, or is missing, is this finding (at line 1 of the file), so \
            the committed release cannot drift from the data. Run `make export` (or `readout export --out \
            DIR`) and commit. Reported by comparing files, not by a rule over records, so it has no \
            examples here.
            """,
        triggering: [], nonTriggering: [])

    public init() {}
}
