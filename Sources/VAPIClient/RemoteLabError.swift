import TrustAuthority

/// Why a served lab refused a call: the lab's own error (exactly what the local lab would have thrown),
/// the TrustedAdmins or login rule, an object it does not have, or a failure to reach it at all.
public enum RemoteLabError: Error, Equatable, Sendable {
    case lab(LabError)
    case access(AccessError)
    case lookup(LookupError)
    /// No answer from the lab (connection, TLS, session expired): the endpoint's or the client's words.
    case endpoint(String)

    public var message: String {
        switch self {
        case .lab(let error): error.message
        case .access(let error): error.message
        case .lookup(let error): error.message
        case .endpoint(let text): text
        }
    }
}
