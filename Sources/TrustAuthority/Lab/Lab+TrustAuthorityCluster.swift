import Foundation

/// Steps 2 and 6 of the procedure on the Trust Authority vCenter: the cluster's state
/// (`Set-TrustAuthorityCluster -State`), its services' health (`Get-TrustAuthorityServicesStatus`), its
/// services (`Get-TrustAuthorityAttestationService`, `Get-TrustAuthorityKeyProviderService`) and the
/// services information file (`Export-TrustAuthorityServicesInfo`).
extension Lab {
    /// The Trust Authority clusters of the user's vCenter.
    public func trustAuthorityClusters(by user: SessionUser) throws(LabError) -> [ClusterRecord] {
        if let endpoint { return try endpoint.trustAuthorityClusters() }
        return try authorize(user).trustAuthorityClusters
    }

    /// Enables or disables the Trust Authority cluster `clusterId` (MoID, PowerCLI id or name); returns it.
    @discardableResult
    public func setTrustAuthorityClusterState(_ clusterId: String, enabled: Bool, by user: SessionUser) throws(LabError) -> ClusterRecord {
        if let endpoint { return try endpoint.setTrustAuthorityClusterState(clusterId, enabled: enabled) }
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        let changed = try write { store -> ClusterRecord in
            guard var stored = try store.vCenters().first(where: { $0.address.equalsIgnoringCase(vCenter.address) }),
                  let index = stored.trustAuthorityClusters.firstIndex(where: { $0.id == cluster.id }) else {
                throw LabError.trustAuthorityClusterNotFound(cluster: clusterId, vCenter: vCenter.address)
            }
            stored.trustAuthorityClusters[index].enabled = enabled
            try store.update(stored)
            return stored.trustAuthorityClusters[index]
        }
        invalidate()
        return changed
    }

    /// The health of the cluster's attestation and key provider services: Ok on an enabled cluster with
    /// hosts, Error on an enabled cluster without hosts (nothing runs the services), None on a disabled one.
    /// The one computation of both: the served `attestation.service_status` and `kms.service_status` answer its
    /// halves, and a shell connected to a served vCenter reads them back. The services run on the cluster's hosts
    /// (`trust_authority_hosts`); the key providers' own health is each provider's `Status`, not the service's.
    public func servicesStatus(of clusterId: String, by user: SessionUser) throws(LabError) -> TrustAuthorityServicesStatus {
        if let endpoint { return try endpoint.servicesStatus(of: clusterId) }
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        let hostCount = hosts(on: vCenter.address, clusterId: cluster.id).count
        func health(_ service: String) -> TrustAuthorityServicesStatus.ServiceHealth {
            if !cluster.enabled {
                return .init(health: .none, details: ["The Trust Authority cluster '\(cluster.name)' is disabled: the \(service) service does not run."])
            }
            if hostCount == 0 {
                return .init(health: .error, details: ["The Trust Authority cluster '\(cluster.name)' has no hosts to run the \(service) service."])
            }
            return .init(health: .ok, details: [])
        }
        return TrustAuthorityServicesStatus(clusterId: cluster.id, clusterName: cluster.name,
                                            attestation: health("attestation"), keyProvider: health("key provider"))
    }

    /// The attestation or key provider services of an enabled Trust Authority cluster, one per host; a
    /// disabled cluster is an error (the cmdlets retrieve them "from the specified enabled cluster").
    public func trustAuthorityServices(of clusterId: String, kind: TrustAuthorityService.Kind,
                                       by user: SessionUser) throws(LabError) -> [TrustAuthorityService] {
        if let endpoint { return try endpoint.trustAuthorityServices(of: clusterId, kind: kind) }
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        guard cluster.enabled else { throw .clusterDisabled(cluster: cluster.name) }
        return services(of: cluster, on: vCenter).filter { $0.kind == kind }
    }

    /// What `Export-TrustAuthorityServicesInfo` writes (`fileText`) for an enabled cluster.
    public func servicesInfo(of clusterId: String, by user: SessionUser) throws(LabError) -> ServicesInfo {
        if let endpoint { return try endpoint.servicesInfo(of: clusterId) }
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        guard cluster.enabled else { throw .clusterDisabled(cluster: cluster.name) }
        let configuration = try configurations().trustAuthority(vCenter: vCenter.address, clusterId: cluster.id)
        return ServicesInfo(source: ServicesInfo.Source(vCenter: vCenter.address, clusterId: cluster.id, clusterName: cluster.name),
                            trustedIssuers: configuration.principals.map(\.issuer), services: services(of: cluster, on: vCenter))
    }

    func services(of cluster: ClusterRecord, on vCenter: VCenter) -> [TrustAuthorityService] {
        TrustAuthorityService.services(of: cluster, vCenter: vCenter.address, hosts: hosts(on: vCenter.address, clusterId: cluster.id),
                                       authority: authority(of: vCenter.address))
    }

    /// Runs `change` on the stored configuration of a Trust Authority cluster (or a new one) in one
    /// transaction; nothing is stored when it throws.
    func updateTrustAuthorityConfiguration<Value>(vCenter: String, clusterId: String,
                                                  _ change: (inout TrustAuthorityConfiguration) throws(LabError) -> Value) throws(LabError) -> Value {
        try write { store -> Value in
            var configuration = try store.trustAuthorityConfiguration(vCenter: vCenter, clusterId: clusterId)
                ?? TrustAuthorityConfiguration(vCenter: vCenter, clusterId: clusterId)
            let value = try change(&configuration)
            try store.save(configuration)
            return value
        }
    }

    /// Runs `change` on the stored configuration of a workload vCenter in one transaction.
    func updateWorkloadConfiguration<Value>(vCenter: String, _ change: (inout WorkloadConfiguration) throws(LabError) -> Value) throws(LabError) -> Value {
        try write { store -> Value in
            var configuration = try store.workloadConfiguration(vCenter: vCenter) ?? WorkloadConfiguration(vCenter: vCenter)
            let value = try change(&configuration)
            try store.save(configuration)
            return value
        }
    }
}
