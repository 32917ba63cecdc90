import Foundation
import NIOConcurrencyHelpers
import TrustAuthority
import VAPIWire

/// The endpoint's sessions, by id, behind a lock (requests of many connections ask at once). A session
/// idle for longer than `idleTimeout` is gone: the next request with it is Unauthenticated.
final class SessionTable: Sendable {
    let idleTimeout: TimeInterval
    /// Live sessions kept at most; past it the least recently used one ends (a login storm cannot grow the table).
    static let capacity = 10_000
    private let sessions = NIOLockedValueBox<[String: Session]>([:])

    init(idleTimeout: TimeInterval) {
        self.idleTimeout = idleTimeout
    }

    /// A new session for `user`; its id is 128 random bits (the system's generator) in hex.
    func open(for user: SignedInUser, at date: Date) -> Session {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<4).map { _ in String(generator.next() as UInt32, radix: 16).leftPadded(to: 8) }.joined()
        let session = Session(id: id, user: user, created: date, lastAccessed: date)
        sessions.withLockedValue { table in
            // Forget expired sessions as new ones come, so a client that never logs out costs nothing for long.
            table = table.filter { date.timeIntervalSince($0.value.lastAccessed) <= idleTimeout }
            if table.count >= Self.capacity, let oldest = table.min(by: { $0.value.lastAccessed < $1.value.lastAccessed }) {
                table[oldest.key] = nil
            }
            table[id] = session
        }
        return session
    }

    /// The session `id`, touched (its idle time starts again); Unauthenticated when unknown or expired.
    func use(_ id: String, at date: Date) throws(VAPIError) -> Session {
        enum Found { case live(Session), expired, unknown }
        let found: Found = sessions.withLockedValue { table in
            guard var session = table[id] else { return .unknown }
            guard date.timeIntervalSince(session.lastAccessed) <= idleTimeout else {
                table[id] = nil
                return .expired
            }
            session.lastAccessed = date
            table[id] = session
            return .live(session)
        }
        switch found {
        case .live(let session): return session
        case .expired: throw EndpointError.sessionExpired(idleTimeout: idleTimeout)
        case .unknown: throw EndpointError.sessionUnknown()
        }
    }

    /// Ends the session; Unauthenticated when there was none.
    func close(_ id: String) throws(VAPIError) {
        let removed = sessions.withLockedValue { table in table.removeValue(forKey: id) }
        guard removed != nil else { throw EndpointError.sessionUnknown() }
    }

    var count: Int { sessions.withLockedValue { $0.count } }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
