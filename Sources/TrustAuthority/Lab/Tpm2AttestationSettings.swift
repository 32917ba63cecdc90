/// How a Trust Authority cluster judges a host's TPM 2.0 endorsement key
/// (`Get-/Set-TrustAuthorityTpm2AttestationSettings`).
public struct Tpm2AttestationSettings: Sendable, Equatable, Hashable, Codable {
    /// The endorsement key itself must have been imported (`New-TrustAuthorityTpm2EndorsementKey`).
    public var requireEndorsementKey: Bool
    /// The endorsement key certificate must chain to an imported TPM CA certificate.
    public var requireCertificateValidation: Bool

    /// vSphere's defaults as vtash chooses them (no public source gives them): certificate validation on,
    /// endorsement keys not required, so importing the manufacturer's CA is enough (docs/workflow-domain.md).
    public init(requireEndorsementKey: Bool = false, requireCertificateValidation: Bool = true) {
        self.requireEndorsementKey = requireEndorsementKey
        self.requireCertificateValidation = requireCertificateValidation
    }
}
