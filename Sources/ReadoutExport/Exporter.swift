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
        let bytes = renderTables(placements, options: options)
        var files: [ExportFile] = []
        for (position, placement) in placements.enumerated() {
            files.append(ExportFile(path: placement.csvPath, bytes: bytes[2 * position]))
            files.append(ExportFile(path: placement.jsonLinesPath, bytes: bytes[2 * position + 1]))
        }
        files.append(ExportFile(path: "datapackage.json",
                                text: PackageDescriptor.render(package, placements: placements, options: options)))
        return files
    }

    /// Each table's CSV (at 2 × its position) and JSON Lines (after it), rendered on all the cores.
    private static func renderTables(_ placements: [Placement], options: ExportOptions) -> [[UInt8]] {
        Parallel.map(placements.count * 2, cost: { cells(placements[$0 / 2].table) }) { job in
            let table = placements[job / 2].table
            return job % 2 == 0 ? CSVTableWriter.render(table, options: options) : JSONLinesTableWriter.render(table)
        }
    }

    private static func cells(_ table: Table) -> Int {
        table.records.count * table.schema.fields.count
    }
}
