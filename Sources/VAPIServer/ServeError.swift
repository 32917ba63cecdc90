/// Why `vtash serve` cannot start; each message says what to fix.
public enum ServeError: Error, Equatable, Sendable {
    case lab(String)
    case noTrustAuthorityVCenter
    case unknownVCenter(String)
    case certificate(path: String, detail: String)
    case identityFiles(path: String, detail: String)
    case listen(String)

    public var message: String {
        switch self {
        case .lab(let detail):
            return "Cannot open the lab: \(detail)"
        case .noTrustAuthorityVCenter:
            return "The lab has no vCenter with a Trust Authority cluster to serve."
        case .unknownVCenter(let address):
            return "The lab has no vCenter at '\(address)'. 'vtash lab show' lists the lab's vCenters."
        case .certificate(let path, let detail):
            return "The TLS certificate or key '\(path)' cannot be used: \(detail)."
        case .identityFiles(let path, let detail):
            return "The server's own certificate cannot be kept at '\(path)': \(detail)."
        case .listen(let detail):
            return "Cannot listen: \(detail)."
        }
    }
}
