/// What one key server of a provider presents now (`Get-TrustAuthorityKeyProviderServerCertificate
/// -KeyProviderServer`, `current_peer_certificates.list`): its certificate, or why it could not be read,
/// and whether the provider trusts it.
public struct PresentedCertificate: Sendable {
    public var serverName: String
    public var certificate: CertificateInfo?
    public var failure: String?
    public var trusted: Bool

    public init(serverName: String, certificate: CertificateInfo?, failure: String?, trusted: Bool) {
        self.serverName = serverName
        self.certificate = certificate
        self.failure = failure
        self.trusted = trusted
    }
}
