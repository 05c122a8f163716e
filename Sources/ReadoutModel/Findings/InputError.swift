/// Input that could not be read: a missing file, bad YAML, a broken descriptor.
///
/// The message is lowercase and the description names the file and, where known, the line,
/// so editors can jump to it.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(at location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
