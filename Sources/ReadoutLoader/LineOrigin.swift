import ReadoutModel

/// Where the lines of a table's text came from: one file, or the files of a multipart resource,
/// concatenated in order (Data Resource: "concatenate the files in the simplest way").
struct LineOrigin: Sendable {
    struct Part: Sendable {
        var file: String
        /// The line of the concatenated text the file's first line is.
        var firstLine: Int
    }

    let parts: [Part]

    init(file: String) {
        parts = [Part(file: file, firstLine: 1)]
    }

    init(parts: [Part]) {
        self.parts = parts.isEmpty ? [Part(file: "", firstLine: 1)] : parts
    }

    func locate(line: Int, column: Int, record: Int? = nil) -> SourceLocation {
        guard parts.count > 1 else { return SourceLocation(file: parts[0].file, line: line, column: column, record: record) }
        let part = parts.last { $0.firstLine <= line } ?? parts[0]
        return SourceLocation(file: part.file, line: line - part.firstLine + 1, column: column, record: record)
    }
}
