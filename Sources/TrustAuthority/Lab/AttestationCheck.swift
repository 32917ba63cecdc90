/// One check of a host's attestation, with why it passed or failed.
public struct AttestationCheck: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        /// The Trust Authority cluster whose services the host's cluster uses is enabled.
        case trustAuthorityCluster = "TrustAuthorityCluster"
        /// The workload vCenter's principal is imported into that cluster and its chain verifies.
        case principal = "Principal"
        /// The host's TPM 2.0 endorsement key is trusted as the TPM 2.0 attestation settings require.
        case endorsementKey = "Tpm2EndorsementKey"
        /// The host's ESXi version and build are those of an imported base image.
        case baseImage = "BaseImage"
        /// The host's trusted cluster is enabled and its applied configuration is its desired state.
        case trustedCluster = "TrustedCluster"
    }

    public var kind: Kind
    public var passed: Bool
    /// A sentence: what was found, and on failure what to do.
    public var reason: String

    public init(kind: Kind, passed: Bool, reason: String) {
        self.kind = kind
        self.passed = passed
        self.reason = reason
    }
}
