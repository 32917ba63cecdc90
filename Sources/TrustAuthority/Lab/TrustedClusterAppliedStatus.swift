/// `Get-TrustedClusterAppliedStatus`: a trusted cluster's applied configuration against its desired
/// state. Health None before any services info was imported for it, Ok when the applied services are the
/// desired ones, Error otherwise, with one detail per difference (remediate with
/// `Lab.remediateTrustedCluster`).
public struct TrustedClusterAppliedStatus: Sendable, Equatable {
    public var clusterId: String
    public var clusterName: String
    public var health: ProviderStatus.Health
    public var details: [String]
    public var desired: [TrustAuthorityService]
    public var applied: [ServiceRegistration]

    public init(clusterId: String, clusterName: String, health: ProviderStatus.Health, details: [String],
                desired: [TrustAuthorityService], applied: [ServiceRegistration]) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.health = health
        self.details = details
        self.desired = desired
        self.applied = applied
    }
}
