/// The article texts that evidence is checked against, by corpus file name.
public struct Corpus: Sendable {
    /// One corpus file as found on disk, or why it could not be used.
    public enum Entry: Sendable, Equatable {
        case document(text: String, sha256: String)
        case unavailable(reason: String)
    }

    /// The folder, as the user named it.
    public var folder: String
    public var entries: [String: Entry]

    public init(folder: String, entries: [String: Entry]) {
        self.folder = folder
        self.entries = entries
    }
}
