/// One file of an export: its path inside the export folder and how to make its bytes.
///
/// The bytes are made when the file is written or compared, not when it is planned, and they come in
/// chunks of about `chunkSize`: a writer sends each chunk to disk as it is made, so a million-row export
/// holds one chunk per core, never a whole file.
public struct ExportFile: Sendable, Equatable {
    /// Takes one chunk of the file's bytes; false stops the rendering (the consumer failed or has seen
    /// enough).
    public typealias Consumer = (UnsafeRawBufferPointer) -> Bool

    /// About how many bytes a renderer gathers before it hands them on.
    public static let chunkSize = 1 << 20

    public var path: String
    private var render: @Sendable (Consumer) -> Void

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        render = { consume in _ = bytes.withUnsafeBytes(consume) }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file that `render` makes anew on each use, handing its chunks to the consumer in order and
    /// stopping when the consumer returns false.
    public init(path: String, render: @escaping @Sendable (Consumer) -> Void) {
        self.path = path
        self.render = render
    }

    /// Makes the file, a chunk at a time; false when the consumer stopped it.
    @discardableResult
    public func stream(_ consume: Consumer) -> Bool {
        var stopped = false
        render { chunk in
            guard !stopped else { return false }
            stopped = !consume(chunk)
            return !stopped
        }
        return !stopped
    }

    /// The whole file in memory: for small files and tests.
    public var bytes: [UInt8] {
        var all: [UInt8] = []
        stream { chunk in
            all.append(contentsOf: chunk)
            return true
        }
        return all
    }

    public static func == (lhs: ExportFile, rhs: ExportFile) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }
}
