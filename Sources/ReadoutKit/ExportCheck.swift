import ReadoutExport

/// Writing an export, and comparing one with what is on disk; re-exported so the CLI needs only ReadoutKit.
public typealias ExportOptions = ReadoutExport.ExportOptions
public typealias OutputError = ReadoutExport.OutputError
public typealias ExportFile = ReadoutExport.ExportFile

public enum ExportCheck {
    public static func write(_ files: [ExportFile], to folder: String) throws(OutputError) {
        try ExportWriter.write(files, to: folder)
    }

    public static func stale(_ files: [ExportFile], in folder: String) -> [String] {
        ExportWriter.stale(files, in: folder)
    }
}
