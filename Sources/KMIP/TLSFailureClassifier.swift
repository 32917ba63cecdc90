import NIOCore
import NIOPosix
import NIOSSL

/// Sorts the errors of NIO and NIOSSL into the trust decisions a key provider reports.
/// BoringSSL's error codes are private, so TLS errors are recognised by their reason names.
struct TLSFailureClassifier: Sendable {
    let endpoint: String
    let connectTimeout: Double

    /// TLS alerts by which a server refuses the client's certificate (RFC 5246 §7.2.2, RFC 8446 §6.2).
    static let rejectionAlerts: [String: Int] = [
        "HANDSHAKE_FAILURE": 40, "BAD_CERTIFICATE": 42, "UNSUPPORTED_CERTIFICATE": 43, "CERTIFICATE_REVOKED": 44,
        "CERTIFICATE_EXPIRED": 45, "CERTIFICATE_UNKNOWN": 46, "UNKNOWN_CA": 48, "ACCESS_DENIED": 49,
        "CERTIFICATE_REQUIRED": 116,
    ]

    func classify(_ error: any Error) -> TLSFailure {
        if let failure = error as? TLSFailure { return failure }
        if let channelError = error as? ChannelError {
            switch channelError {
            case .connectTimeout:
                return .noConnection(reason: "no connection to \(endpoint) within \(Self.seconds(connectTimeout))")
            case .eof, .alreadyClosed, .ioOnClosedChannel, .outputClosed, .inputClosed:
                return .protocolError("the connection to \(endpoint) closed unexpectedly")
            default:
                return .protocolError("\(channelError)")
            }
        }
        if let connectionError = error as? NIOConnectionError {
            let reasons = connectionError.connectionErrors.map { "\($0.error)" }
            let detail = reasons.isEmpty ? "\(connectionError)" : reasons.joined(separator: "; ")
            return .noConnection(reason: "cannot connect to \(endpoint): \(detail)")
        }
        if let ioError = error as? IOError {
            return .noConnection(reason: "cannot connect to \(endpoint): \(ioError)")
        }
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return .clientDistrustsServer(reason: "the server certificate is not valid for \(endpoint) (\(extra))")
        }
        if let sslError = error as? NIOSSLError {
            return classify(sslError)
        }
        return .protocolError("\(error)")
    }

    private func classify(_ error: NIOSSLError) -> TLSFailure {
        switch error {
        case .handshakeFailed(let boringError):
            let text = "\(boringError)"
            if text.contains("CERTIFICATE_VERIFY_FAILED") {
                return .clientDistrustsServer(
                    reason: "the certificate chain of \(endpoint) does not lead to a trusted certificate")
            }
            if let alert = Self.alertName(in: text) {
                let name = alert.name
                if let number = Self.rejectionAlerts[name] {
                    return .serverRejectedClient(alert: "\(alert.full) (\(number))")
                }
                return .protocolError("TLS alert \(alert.full) from \(endpoint)")
            }
            return .protocolError("TLS handshake with \(endpoint) failed: \(text)")
        case .uncleanShutdown:
            return .protocolError("the connection to \(endpoint) closed without a TLS close_notify")
        default:
            return .protocolError("\(error)")
        }
    }

    /// Finds e.g. "TLSV1_ALERT_UNKNOWN_CA" or "SSLV3_ALERT_HANDSHAKE_FAILURE" in BoringSSL's error text.
    static func alertName(in text: String) -> (full: String, name: String)? {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        for token in text.split(whereSeparator: { !allowed.contains($0) }) {
            guard let range = token.range(of: "_ALERT_") else { continue }
            return (String(token), String(token[range.upperBound...]))
        }
        return nil
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
