/// What a Trust Authority cluster of a lab file has already imported, named by what the lab made: the
/// principals of vCenters (by address), TPM manufacturers' CA certificates (by manufacturer), hosts'
/// endorsement keys (by host name), base images (by `version-build`), and its TPM 2.0 attestation settings.
public struct TrustAuthorityImports: Sendable, Equatable {
    public var vCenter: String
    public var clusterId: String
    public var principals: [String]
    public var tpmCACertificates: [String]
    public var endorsementKeys: [String]
    public var baseImages: [String]
    public var attestationSettings: Tpm2AttestationSettings

    public init(vCenter: String, clusterId: String, principals: [String] = [], tpmCACertificates: [String] = [],
                endorsementKeys: [String] = [], baseImages: [String] = [],
                attestationSettings: Tpm2AttestationSettings = Tpm2AttestationSettings()) {
        self.vCenter = vCenter
        self.clusterId = clusterId
        self.principals = principals
        self.tpmCACertificates = tpmCACertificates
        self.endorsementKeys = endorsementKeys
        self.baseImages = baseImages
        self.attestationSettings = attestationSettings
    }

    /// Nothing imported and the default settings: a lab file leaves such a record out.
    var isEmpty: Bool {
        principals.isEmpty && tpmCACertificates.isEmpty && endorsementKeys.isEmpty && baseImages.isEmpty
            && attestationSettings == Tpm2AttestationSettings()
    }
}
