/// The Trust Authority configurations of all Trust Authority clusters and the configurations of all
/// workload vCenters, read together (they are small and an operation often needs both sides).
struct LabConfigurations {
    var trustAuthority: [TrustAuthorityConfiguration]
    var workload: [WorkloadConfiguration]

    func trustAuthority(vCenter: String, clusterId: String) -> TrustAuthorityConfiguration {
        trustAuthority.first { $0.vCenter.equalsIgnoringCase(vCenter) && $0.clusterId.equalsIgnoringCase(clusterId) }
            ?? TrustAuthorityConfiguration(vCenter: vCenter, clusterId: clusterId)
    }

    func workload(vCenter: String) -> WorkloadConfiguration {
        workload.first { $0.vCenter.equalsIgnoringCase(vCenter) } ?? WorkloadConfiguration(vCenter: vCenter)
    }
}
