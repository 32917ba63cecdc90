/// An object a request names that the lab does not have; PowerCLI's words for the same miss.
public enum LookupError: Error, Equatable, Sendable {
    /// By the cluster's id (`domain-c8` or `TrustAuthorityCluster-domain-c8`).
    case clusterNotFound(String)
    case providerNotFound(String)
    /// The provider has no pending CSR (`Get-TrustAuthorityKeyProviderClientCertificateCSR`).
    case noSigningRequest(String)

    public var message: String {
        switch self {
        case .clusterNotFound(let id):
            return "Could not find TrustAuthorityCluster with Id '\(id)'."
        case .providerNotFound(let name):
            return "Could not find TrustAuthorityKeyProvider with name '\(name)'."
        case .noSigningRequest(let name):
            return "The key provider '\(name)' has no certificate signing request. Create one with New-TrustAuthorityKeyProviderClientCertificateCSR."
        }
    }
}
