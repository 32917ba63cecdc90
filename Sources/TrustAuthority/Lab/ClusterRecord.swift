import Foundation

/// A cluster of a lab's vCenter: a Trust Authority cluster (`Get-TrustAuthorityCluster`) or a workload
/// cluster of the trusted infrastructure (`Get-TrustedCluster`); PowerCLI names each kind's id differently.
public struct ClusterRecord: Sendable {
    /// The cluster's MoID, e.g. `domain-c8`.
    public var id: String
    public var name: String
    public var enabled: Bool
    /// The MoID of the cluster's datacenter; nil when the lab file gives the vCenter no datacenter.
    public var datacenterId: String?

    public init(id: String, name: String, enabled: Bool, datacenterId: String? = nil) {
        self.id = id
        self.name = name
        self.enabled = enabled
        self.datacenterId = datacenterId
    }

    /// PowerCLI's id of a Trust Authority cluster: `TrustAuthorityCluster-domain-c8`.
    public var trustAuthorityClusterId: String { "TrustAuthorityCluster-" + id }

    /// PowerCLI's id of a trusted (workload) cluster: `TrustedCluster-domain-c10`.
    public var trustedClusterId: String { "TrustedCluster-" + id }
}

extension ClusterRecord: Codable, Equatable {}
