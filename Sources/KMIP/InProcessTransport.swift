/// Delivers requests straight to a `KeyServerEngine` in this process, as the given client identity.
/// Synchronous underneath: the engine answers on the caller's thread.
public struct InProcessTransport: KMIPTransport, KMIPBlockingTransport {
    public let engine: KeyServerEngine
    /// The identity the simulated TLS layer established; nil when the server did not accept the client.
    public let clientIdentity: String?

    public init(engine: KeyServerEngine, clientIdentity: String?) {
        self.engine = engine
        self.clientIdentity = clientIdentity
    }

    public func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8] {
        engine.respond(to: request, clientIdentity: clientIdentity)
    }

    public func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] {
        engine.respond(to: request, clientIdentity: clientIdentity)
    }
}
