/// One file of an export: its path inside the export folder and its bytes.
///
/// The bytes are made when asked for, not when the file is planned: a writer makes, writes and drops
/// one file per core at a time, so a million-row export never holds all its files in memory at once.
public struct ExportFile: Sendable, Equatable {
    public var path: String
    private var make: @Sendable () -> [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        make = { bytes }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file whose bytes `render` makes on each read of `bytes`.
    public init(path: String, render: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        make = render
    }

    public var bytes: [UInt8] {
        get { make() }
        set { make = { newValue } }
    }

    public static func == (lhs: ExportFile, rhs: ExportFile) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }
}
