import NIOConcurrencyHelpers

/// The port the server bound, handed from its start-up callback to whoever waits for it (once).
final class BoundPort: Sendable {
    private let state = NIOLockedValueBox<(port: Int?, settled: Bool, waiters: [CheckedContinuation<Int?, Never>])>((nil, false, []))

    func set(_ port: Int?) {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Int?, Never>] in
            guard !state.settled else { return [] }
            state.port = port
            state.settled = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: port) }
    }

    func wait() async -> Int? {
        await withCheckedContinuation { continuation in
            let ready = state.withLockedValue { state -> Int?? in
                if state.settled { return .some(state.port) }
                state.waiters.append(continuation)
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
