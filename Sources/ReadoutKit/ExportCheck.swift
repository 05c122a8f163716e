import ReadoutExport
import ReadoutModel
import ReadoutRules

/// Writing an export, and comparing one with what is on disk; re-exported so the CLI needs only ReadoutKit.
public typealias ExportOptions = ReadoutExport.ExportOptions
public typealias OutputError = ReadoutExport.OutputError
public typealias ExportFile = ReadoutExport.ExportFile

public enum ExportCheck {
    /// Replaces the whole folder (see StagedFolder); entries other than `owned` and the files are kept.
    public static func write(_ files: [ExportFile], to folder: String,
                             owned: Set<String> = Exporter.ownedNames) throws(OutputError) {
        try StagedFolder.replace(folder, with: files, owned: owned)
    }

    static func stale(_ files: [ExportFile], in folder: String) -> [String] {
        ExportWriter.stale(files, in: folder)
    }

    /// The validation with an `export.stale` finding for each file of `folder` that differs from what
    /// `readout export` would write now (a missing file included), so every output format carries them.
    public static func checked(_ validation: Validation, exports folder: String) -> Validation {
        let rule = ExportStaleRule.description
        var checked = validation
        checked.findings += stale(Readout.export(validation), in: folder).map { path in
            let file = folder.isEmpty ? path : (folder.hasSuffix("/") ? folder : folder + "/") + path
            return Finding(ruleID: rule.id, severity: rule.severity,
                           message: "the committed export differs from a fresh one; run `make export` (`readout export --out \(folder)`)",
                           subject: RecordReference(table: nil, key: path, location: SourceLocation(file: file, line: 1, column: 1)))
        }
        checked.findings.sort(by: Finding.ordered)
        return checked
    }
}
