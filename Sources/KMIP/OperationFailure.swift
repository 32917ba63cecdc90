/// A failed batch item inside the simulated server: the result reason and PyKMIP's message text.
struct OperationFailure: Error {
    var reason: ResultReason
    var message: String

    init(_ reason: ResultReason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    static func notFound(_ identifier: String?) -> OperationFailure {
        OperationFailure(.itemNotFound, "Could not locate object: \(identifier ?? "None")")
    }

    static func invalidField(_ message: String) -> OperationFailure {
        OperationFailure(.invalidField, message)
    }
}
