import Dispatch
import Foundation

/// Runs async KMIP work for the synchronous cmdlets: a detached task does the work while the calling
/// thread waits on a semaphore. Call it only from a thread outside Swift concurrency's pool (vtash's main
/// thread); async callers use the async API directly, so a pool thread is never blocked.
enum SynchronousBridge {
    static func wait<Value: Sendable>(for work: @escaping @Sendable () async -> Value) -> Value? {
        let outcome = Outcome<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            outcome.store(await work())
            done.signal()
        }
        done.wait()
        return outcome.value
    }

    /// The task's result, handed from the task's thread to the waiting one.
    private final class Outcome<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Value?

        func store(_ value: Value) {
            lock.lock()
            stored = value
            lock.unlock()
        }

        var value: Value? {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
    }
}
