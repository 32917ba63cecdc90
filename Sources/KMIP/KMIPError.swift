/// Why a KMIP client call failed. `operationFailed` keeps the server's result so callers can tell
/// Item Not Found from Permission Denied from Authentication Not Successful.
public enum KMIPError: Error, Sendable, Hashable {
    case operationFailed(operation: KMIPOperation?, status: ResultStatus, reason: ResultReason?, message: String?)
    /// The response could not be decoded or does not answer the request.
    case invalidResponse(String)
    /// The request could not be encoded.
    case invalidRequest(String)
    /// The transport failed (TLS trust, connection, framing).
    case transport(TLSFailure)

    /// The server's result reason, for failed operations.
    public var resultReason: ResultReason? {
        if case .operationFailed(_, _, let reason, _) = self { return reason }
        return nil
    }
}

extension KMIPError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .operationFailed(let operation, let status, let reason, let message):
            let what = operation.map { "\($0): " } ?? ""
            let why = reason.map { " / \($0)" } ?? ""
            let text = message.map { " - \($0)" } ?? ""
            return "\(what)\(status)\(why)\(text)"
        case .invalidResponse(let detail): return "invalid KMIP response: \(detail)"
        case .invalidRequest(let detail): return "invalid KMIP request: \(detail)"
        case .transport(let failure): return failure.description
        }
    }
}
