/// Why a round trip to a key server failed below the KMIP layer, classified for trust decisions.
public enum TLSFailure: Error, Sendable, Hashable {
    /// The server sent a TLS alert during the handshake (40 handshake failure, 42 bad certificate,
    /// 43 unsupported certificate, 48 unknown CA): the server does not trust our client certificate.
    case serverRejectedClient(alert: String)
    /// We refused the server's certificate chain (not issued by a trusted root, or wrong address).
    case clientDistrustsServer(reason: String)
    /// No TCP connection: refused, unreachable, timed out, or the proxy would not connect us.
    case noConnection(reason: String)
    /// Anything else: a TLS error that is not about trust, a connection closed mid-message, bad framing.
    case protocolError(String)
    /// The certificates, key or trust roots given to the client cannot be used.
    case invalidConfiguration(String)
}

extension TLSFailure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .serverRejectedClient(let alert): "the key server rejected the client certificate (\(alert))"
        case .clientDistrustsServer(let reason): "the key server's certificate is not trusted (\(reason))"
        case .noConnection(let reason): "cannot connect to the key server (\(reason))"
        case .protocolError(let detail): "TLS/KMIP protocol error (\(detail))"
        case .invalidConfiguration(let detail): "invalid TLS client configuration (\(detail))"
        }
    }
}
