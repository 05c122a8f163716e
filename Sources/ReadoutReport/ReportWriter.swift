import Foundation
import ReadoutKit

/// Writes the report page into a folder through the staged folder swap (StagedFolder): the edge where
/// the page meets the file system. Other files in the folder (report-check's screenshot) are kept.
public enum ReportWriter {
    public static let fileName = "index.html"

    /// Data files are linked relative to the page, so the link prefix depends on where the page goes
    /// and on the folder readout runs in (which data paths are relative to).
    public static func write(_ validation: Validation, to folder: String) throws(OutputError) {
        let options = ReportOptions(dataLinkPrefix: RelativePath.prefix(from: folder, base: FileManager.default.currentDirectoryPath))
        try ExportCheck.write([ExportFile(path: fileName, text: ReportPage.render(validation, options: options))], to: folder,
                              owned: [fileName])
    }
}
