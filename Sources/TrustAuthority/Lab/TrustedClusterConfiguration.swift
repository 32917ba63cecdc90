/// The Trust Authority configuration of one workload (trusted) cluster: its desired state, the services
/// of the Trust Authority cluster whose services info was imported ("source of truth"), and its applied
/// configuration, the registered services its hosts use at run time. A mismatch makes the cluster
/// unhealthy until it is remediated (`Get-TrustedClusterAppliedStatus`).
public struct TrustedClusterConfiguration: Sendable, Equatable {
    public var clusterId: String
    /// The Trust Authority cluster the desired state came from; nil before any services info was imported.
    public var source: ServicesInfo.Source?
    public var desired: [TrustAuthorityService]
    /// Ids of registrations (`ServiceRegistration.id`) applied to the cluster's hosts.
    public var applied: [String]

    public init(clusterId: String, source: ServicesInfo.Source? = nil, desired: [TrustAuthorityService] = [], applied: [String] = []) {
        self.clusterId = clusterId
        self.source = source
        self.desired = desired
        self.applied = applied
    }
}

extension TrustedClusterConfiguration: Codable {}
