import ReadoutModel

/// Renders a whole export in memory, so that nothing is written unless all of it could be made.
public enum Exporter {
    /// A table and where its CSV and JSON Lines files go inside the export folder.
    public struct Placement: Sendable {
        public var table: Table
        public var csvPath: String
        public var jsonLinesPath: String
    }

    /// `tables` are the clean tables (see CleanTables) and go to csv/ and jsonl/;
    /// `findings`, when given, goes to findings.csv and findings.jsonl at the top.
    public static func render(package: DataPackage, tables: [Table], findings: Table?,
                              options: ExportOptions) -> [ExportFile] {
        let placements = tables.map { Placement(table: $0, csvPath: "csv/\($0.name).csv", jsonLinesPath: "jsonl/\($0.name).jsonl") }
            + (findings.map { [Placement(table: $0, csvPath: "findings.csv", jsonLinesPath: "findings.jsonl")] } ?? [])
        var files: [ExportFile] = []
        for placement in placements {
            files.append(ExportFile(path: placement.csvPath, bytes: CSVTableWriter.render(placement.table, options: options)))
            files.append(ExportFile(path: placement.jsonLinesPath, bytes: JSONLinesTableWriter.render(placement.table)))
        }
        files.append(ExportFile(path: "datapackage.json",
                                text: PackageDescriptor.render(package, placements: placements, options: options)))
        return files
    }
}
