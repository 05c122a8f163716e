import Dispatch

/// Independent jobs run on all the cores, their results kept in job order.
public enum Parallel {
    /// `body(0)` to `body(count - 1)`, run concurrently, the costliest (by `cost`) started first,
    /// so that no core is left alone with a big job at the end.
    /// The results come in job order, as a one-core loop would give them.
    public static func map<Result: Sendable>(_ count: Int, cost: (Int) -> Int = { _ in 0 },
                                             _ body: @Sendable (Int) -> Result) -> [Result] {
        let costs = (0..<count).map(cost)
        let order = (0..<count).sorted { costs[$0] > costs[$1] }
        // One slot per job, each written by one worker only, so the workers need no lock.
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize().deallocate() }
        DispatchQueue.concurrentPerform(iterations: count) { step in
            slots[order[step]] = body(order[step])
        }
        // Every slot is filled by now: this only unwraps.
        return slots.compactMap { $0 }
    }
}
