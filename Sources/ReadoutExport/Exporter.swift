import ReadoutModel

/// Plans a whole export: each table's CSV and JSON Lines, the findings and the descriptor. The files
/// render in chunks as they are written (see ExportFile), one per core at a time.
public enum Exporter {
    /// The top-level names an export writes or may write: an export folder's other entries (the HTML
    /// report in `report/`, a user's notes) are carried across to the new export untouched.
    public static let ownedNames: Set<String> = ["csv", "jsonl", "datapackage.json", "findings.csv", "findings.jsonl"]

    /// A table and where its CSV and JSON Lines files go inside the export folder.
    public struct Placement: Sendable {
        public var table: Table
        public var csvPath: String
        public var jsonLinesPath: String
        /// The findings table: marked in datapackage.json as readout's own resource, not data.
        public var isFindings = false
    }

    /// `tables` are the clean tables (see CleanTables) and go to csv/ and jsonl/;
    /// `findings`, when given, goes to findings.csv and findings.jsonl at the top.
    public static func render(package: DataPackage, tables: [Table], findings: Table?,
                              options: ExportOptions) -> [ExportFile] {
        let placements = tables.map { Placement(table: $0, csvPath: "csv/\($0.name).csv", jsonLinesPath: "jsonl/\($0.name).jsonl") }
            + (findings.map { [Placement(table: $0, csvPath: "findings.csv", jsonLinesPath: "findings.jsonl", isFindings: true)] } ?? [])
        var files: [ExportFile] = []
        for placement in placements {
            let table = placement.table
            files.append(ExportFile(path: placement.csvPath) { CSVTableWriter.stream(table, options: options, to: $0) })
            files.append(ExportFile(path: placement.jsonLinesPath) { JSONLinesTableWriter.stream(table, to: $0) })
        }
        files.append(ExportFile(path: "datapackage.json",
                                text: PackageDescriptor.render(package, placements: placements, options: options)))
        return files
    }
}
