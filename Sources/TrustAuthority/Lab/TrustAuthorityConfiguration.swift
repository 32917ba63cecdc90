/// What a Trust Authority cluster was told to trust about the hosts it attests: the workload vCenters'
/// principals, TPM CA certificates, endorsement keys, base images and the TPM 2.0 attestation settings.
/// One per Trust Authority cluster, stored as one record.
public struct TrustAuthorityConfiguration: Sendable, Equatable {
    /// The address of the cluster's vCenter.
    public var vCenter: String
    /// The cluster's MoID, e.g. `domain-c8`.
    public var clusterId: String
    public var principals: [TrustedPrincipal]
    public var tpmCACertificates: [Tpm2CACertificate]
    public var endorsementKeys: [Tpm2EndorsementKey]
    public var baseImages: [VMHostBaseImage]
    public var attestationSettings: Tpm2AttestationSettings

    public init(vCenter: String, clusterId: String, principals: [TrustedPrincipal] = [], tpmCACertificates: [Tpm2CACertificate] = [],
                endorsementKeys: [Tpm2EndorsementKey] = [], baseImages: [VMHostBaseImage] = [],
                attestationSettings: Tpm2AttestationSettings = Tpm2AttestationSettings()) {
        self.vCenter = vCenter
        self.clusterId = clusterId
        self.principals = principals
        self.tpmCACertificates = tpmCACertificates
        self.endorsementKeys = endorsementKeys
        self.baseImages = baseImages
        self.attestationSettings = attestationSettings
    }
}

extension TrustAuthorityConfiguration: Codable {}
