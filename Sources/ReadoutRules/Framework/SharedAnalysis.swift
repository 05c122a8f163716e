import Synchronization

/// An analysis several rules read (evidence matches, statement groups), built by the first rule that
/// asks and handed to the rest. Rules may run concurrently: a second asker waits for the first build
/// rather than repeating it.
final class SharedAnalysis<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)

    func value(_ build: () -> Value) -> Value {
        storage.withLock { stored in
            if let stored { return stored }
            let built = build()
            stored = built
            return built
        }
    }
}

/// Shared analyses of one kind, one per key (a table and its key fields): each built by the first
/// rule that asks for its key, while other keys build side by side.
final class KeyedSharedAnalysis<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let cells = Mutex<[Key: SharedAnalysis<Value>]>([:])

    func value(for key: Key, _ build: () -> Value) -> Value {
        let cell = cells.withLock { cells in
            if let cell = cells[key] { return cell }
            let cell = SharedAnalysis<Value>()
            cells[key] = cell
            return cell
        }
        return cell.value(build)
    }
}
