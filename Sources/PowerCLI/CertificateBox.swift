import TrustAuthority

/// The certificate behind an `X509Certificate2` object (`$cert.Certificate`), for cmdlets that take one.
struct CertificateBox: Sendable {
    let info: CertificateInfo
}
