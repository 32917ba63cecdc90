/// A workload cluster of a lab file whose vCenter already imported a Trust Authority cluster's services
/// info: the services are registered on the vCenter and are the cluster's desired state; `applied` says
/// whether they are also its applied configuration.
public struct TrustedClusterImport: Sendable, Equatable {
    public var vCenter: String
    public var clusterId: String
    public var trustAuthorityVCenter: String
    public var trustAuthorityClusterId: String
    public var applied: Bool

    public init(vCenter: String, clusterId: String, trustAuthorityVCenter: String, trustAuthorityClusterId: String, applied: Bool) {
        self.vCenter = vCenter
        self.clusterId = clusterId
        self.trustAuthorityVCenter = trustAuthorityVCenter
        self.trustAuthorityClusterId = trustAuthorityClusterId
        self.applied = applied
    }
}
