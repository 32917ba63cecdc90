import Dispatch
import TrustAuthority

/// The one way into the lab for the endpoint. `Lab` keeps caches and is not thread-safe, and its calls
/// block (SQLite, a live key server's handshake), so every call runs on one serial queue of its own:
/// requests wait there in turn, never on Swift concurrency's few threads or on NIO's event loops.
/// Changes are still one store transaction each, so other vtash processes on the lab stay safe.
final class LabGate: Sendable {
    private let lab: Lab
    private let queue = DispatchQueue(label: "vtash.serve.lab")

    init(lab: Lab) {
        self.lab = lab
    }

    func run<Value: Sendable, Failure: Error>(_ body: @escaping @Sendable (Lab) throws(Failure) -> Value) async throws(Failure) -> Value {
        let outcome: Result<Value, Failure> = await withCheckedContinuation { continuation in
            queue.async { [lab] in
                continuation.resume(returning: Result { () throws(Failure) -> Value in try body(lab) })
            }
        }
        return try outcome.get()
    }
}
