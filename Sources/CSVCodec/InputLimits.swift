/// The bounds every reader holds hostile sizes to, so that a file ends with a message (exit 2) in
/// bounded memory rather than an out-of-memory kill (README "Bounded resources").
///
/// Fixed and documented rather than options: each is far above what a research table holds, and far
/// below what would exhaust memory. Tests lower them to try them on small inputs.
public struct InputLimits: Sendable, Equatable {
    /// Bytes in one line of a CSV or JSON Lines file (as stored), checked while the file is read.
    public var line: Int
    /// Bytes in one CSV cell, checked as libcsv gathers it (a quoted cell can span many short lines).
    public var cell: Int
    /// Cells in one row: a CSV row or header, a JSON Lines object or array.
    public var cellsPerRow: Int
    /// Bytes in a descriptor (datapackage.json, a table schema or dialect file) or a YAML data file,
    /// checked by the file's size before it is read: the YAML reader holds the whole tree, many times the text.
    public var documentFile: Int

    public init(line: Int, cell: Int, cellsPerRow: Int, documentFile: Int) {
        self.line = line
        self.cell = cell
        self.cellsPerRow = cellsPerRow
        self.documentFile = documentFile
    }

    public static let standard = InputLimits(line: 64 << 20, cell: 64 << 20, cellsPerRow: 65_536, documentFile: 16 << 20)

    /// A size for messages: "64 MiB", "100.0 MiB", "512 bytes".
    public static func describe(bytes: Int) -> String {
        if bytes < 1 << 20 { return bytes % 1024 == 0 && bytes > 0 ? "\(bytes >> 10) KiB" : "\(bytes) bytes" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
