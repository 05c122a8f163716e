import ReadoutModel

/// A check over the whole dataset: records in, findings out, no I/O.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: RuleContext) -> [Finding]
}
