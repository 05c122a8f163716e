import Synchronization

/// How far a run has come, for a progress line: the step it is in and the records read so far.
/// Readers on any thread add to it; a reporter on another reads it.
public final class RunProgress: Sendable {
    public enum Step: Int, Sendable {
        case reading, checking, writing
    }

    private let records = Atomic<Int>(0)
    private let step = Atomic<Int>(Step.reading.rawValue)

    public init() {}

    /// Readers report in batches (every few thousand rows), not per row.
    public func add(records count: Int) {
        records.wrappingAdd(count, ordering: .relaxed)
    }

    public var recordsRead: Int { records.load(ordering: .relaxed) }

    public func enter(_ next: Step) {
        step.store(next.rawValue, ordering: .relaxed)
    }

    public var currentStep: Step { Step(rawValue: step.load(ordering: .relaxed)) ?? .reading }

    /// How many rows a reader reads between reports.
    public static let batch = 4096
}
