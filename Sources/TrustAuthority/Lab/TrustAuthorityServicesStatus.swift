/// `Get-TrustAuthorityServicesStatus`: the health of a Trust Authority cluster's attestation service
/// and key provider service.
public struct TrustAuthorityServicesStatus: Sendable, Equatable {
    public struct ServiceHealth: Sendable, Equatable {
        public var health: ProviderStatus.Health
        public var details: [String]

        public init(health: ProviderStatus.Health, details: [String]) {
            self.health = health
            self.details = details
        }
    }

    public var clusterId: String
    public var clusterName: String
    public var attestation: ServiceHealth
    public var keyProvider: ServiceHealth

    public init(clusterId: String, clusterName: String, attestation: ServiceHealth, keyProvider: ServiceHealth) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.attestation = attestation
        self.keyProvider = keyProvider
    }
}
