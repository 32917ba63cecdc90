import KMIP

/// The HealthDetails sentences of `$kp.Status`: what is missing, and what to do about it.
enum HealthDetail {
    static func serverNotTrusted(_ address: String) -> String {
        "The key provider does not trust the certificate of key server \(address). Add it with Add-TrustAuthorityKeyProviderServerCertificate."
    }

    /// The presented certificate failed verification although the provider trusts certificates; names the
    /// case where it replaced a trusted one with the same subject.
    static func notTheTrustedCertificate(_ address: String, presented: CertificateInfo, verdict: TrustVerdict,
                                         sameSubject: CertificateInfo?) -> String {
        var text = "The certificate presented by key server \(address) (thumbprint \(presented.thumbprint)) is not the trusted one: \(verdict.reason)"
        if let previous = sameSubject {
            text += " The key provider trusts another certificate with the same subject (thumbprint \(previous.thumbprint)): the server certificate changed after it was trusted. Check the new certificate, then add it with Add-TrustAuthorityKeyProviderServerCertificate."
        }
        return text
    }

    static func clientNotTrusted(_ address: String) -> String {
        "The key server \(address) does not trust the client certificate of the key provider. Upload the client certificate to the key server, or have the key server sign the provider's CSR."
    }

    static let noClientKey =
        "The client certificate of the key provider has no private key: upload the certificate signed for the provider's CSR, or the certificate with its private key."

    static let noClientCertificate =
        "The key provider has no client certificate. Create or upload one, then make the key server trust it."

    static func keyNotActive(_ id: String, _ address: String) -> String {
        "The primary key '\(id)' on key server \(address) is not active."
    }

    static func keyNotFound(_ id: String, _ address: String) -> String {
        "The primary key '\(id)' was not found on key server \(address)."
    }

    static func keyUnusable(_ id: String, _ address: String, state: String) -> String {
        "The primary key '\(id)' on key server \(address) is \(state) and cannot be used. Choose an active key as the primary key."
    }

    static func noConnection(_ address: String, _ port: Int, reason: String) -> String {
        "Cannot connect to the key server \(address):\(port): \(reason)."
    }

    static func noKMIP11(_ address: String, offered: [ProtocolVersion]) -> String {
        let list = offered.isEmpty ? "none" : offered.map(\.description).joined(separator: ", ")
        return "The key server \(address) does not support KMIP 1.1 (it offers \(list))."
    }

    static func kmipFailure(_ address: String, _ operation: String, _ error: KMIPError) -> String {
        "The key server \(address) failed \(operation): \(error.description)."
    }

    static func tlsFailure(_ address: String, _ port: Int, _ failure: TLSFailure) -> String {
        "The TLS connection to key server \(address):\(port) failed: \(failure.description)."
    }

    /// ServerTrustClient is False because it could not be learned: the key provider presents its client
    /// certificate only to a key server whose certificate it trusts (see `KeyServerHealthCheck`).
    static func clientTrustNotChecked(_ address: String) -> String {
        "Whether key server \(address) trusts the client certificate of the key provider is unknown: the client certificate is not sent to a key server the key provider does not trust."
    }

    static func proxyRefused(_ proxy: String) -> String {
        "The proxy \(proxy) was not contacted: the lab connects only to live key servers and to proxies on this machine (127.0.0.1, ::1, localhost)."
    }
}
