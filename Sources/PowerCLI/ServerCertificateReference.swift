import TrustAuthority

/// Which provider a ServerCertificate object belongs to, and the certificate it shows.
struct ServerCertificateReference: Sendable {
    let provider: String
    let certificate: CertificateInfo
}
