import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` of every element, computed on all cores, in the order of the elements, so the
    /// result is the same as a single-threaded map's.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { position in
                let result = transform(self[position])
                slots.withLock { $0[position] = result }
            }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }
}
