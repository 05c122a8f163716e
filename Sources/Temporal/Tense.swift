/// The tense of the clause an expression occurs in; it decides which way a bare "Tuesday" or "November" points.
public enum Tense: String, CaseIterable, Sendable, CustomStringConvertible {
    case past, future

    /// -1 for the past, +1 for the future.
    var sign: Int { self == .past ? -1 : 1 }

    public var description: String { rawValue }
}
