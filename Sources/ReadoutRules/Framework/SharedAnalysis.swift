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
