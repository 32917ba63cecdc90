/// What a Trust Authority cluster's imported item object (principal, TPM CA certificate, endorsement key,
/// base image, attestation settings) stands for: its cluster's MoID and its key there (principal id,
/// name, or `version-build`). The Remove- cmdlets read it back from the objects the Get- cmdlets made.
struct TrustAuthorityItemReference: Sendable, Equatable {
    let clusterId: String
    let key: String
}
