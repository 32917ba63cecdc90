import TrustAuthority

/// Which host's endorsement key an object stands for (`Export-Tpm2CACertificate -Tpm2EndorsementKey`).
struct EndorsementKeyBox: Sendable {
    let key: Tpm2EndorsementKey
    let host: String
}
