import Foundation

/// Steps 7 and 9 of the procedure, on the workload vCenter: trusted clusters (`Get-/Set-TrustedCluster`),
/// the services applied to them (`Add-/Remove-TrustedClusterAttestationServiceInfo`,
/// `…KeyProviderServiceInfo`), their health against the desired state (`Get-TrustedClusterAppliedStatus`)
/// and remediation.
extension Lab {
    /// `Get-TrustedCluster`: every workload cluster of the user's vCenter.
    public func trustedClusters(by user: SessionUser) throws(LabError) -> [TrustedCluster] {
        let vCenter = try authorize(user)
        let configuration = try configurations().workload(vCenter: vCenter.address)
        return vCenter.clusters.map { Self.trustedCluster($0, configuration) }
    }

    /// One workload cluster (MoID, `TrustedCluster-…` id or name).
    public func trustedCluster(_ clusterId: String, by user: SessionUser) throws(LabError) -> TrustedCluster {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        return Self.trustedCluster(cluster, try configurations().workload(vCenter: vCenter.address))
    }

    static func trustedCluster(_ cluster: ClusterRecord, _ configuration: WorkloadConfiguration) -> TrustedCluster {
        let trusted = configuration.trustedCluster(cluster.id)
        let applied = trusted.applied.compactMap { id in configuration.registrations.first { $0.id == id } }
        return TrustedCluster(cluster: cluster, source: trusted.source, desired: trusted.desired, applied: applied)
    }

    /// `Set-TrustedCluster -State`: whether the cluster's hosts are trusted hosts.
    @discardableResult
    public func setTrustedClusterState(_ clusterId: String, enabled: Bool, by user: SessionUser) throws(LabError) -> TrustedCluster {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        try write { store in
            guard var stored = try store.vCenters().first(where: { $0.address.equalsIgnoringCase(vCenter.address) }),
                  let index = stored.clusters.firstIndex(where: { $0.id == cluster.id }) else {
                throw LabError.trustedClusterNotFound(cluster: clusterId, vCenter: vCenter.address)
            }
            stored.clusters[index].enabled = enabled
            try store.update(stored)
        }
        invalidate()
        return try trustedCluster(cluster.id, by: user)
    }

    /// `Add-TrustedClusterAttestationServiceInfo` / `Add-TrustedClusterKeyProviderServiceInfo`: the registered
    /// service `registrationId` (of `kind`) joins the cluster's applied configuration.
    @discardableResult
    public func applyService(_ registrationId: String, kind: TrustAuthorityService.Kind, toTrustedCluster clusterId: String,
                             by user: SessionUser) throws(LabError) -> TrustedCluster {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            guard let registration = configuration.registrations.first(where: { $0.id.equalsIgnoringCase(registrationId) }) else {
                throw .serviceRegistrationNotFound(registrationId)
            }
            guard registration.kind == kind else { throw .serviceWrongKind(id: registration.id, expected: kind) }
            var trusted = configuration.trustedCluster(cluster.id)
            guard !trusted.applied.contains(registration.id) else { throw .serviceAlreadyApplied(id: registration.id, cluster: cluster.name) }
            trusted.applied.append(registration.id)
            configuration.setTrustedCluster(trusted)
        }
        return try trustedCluster(cluster.id, by: user)
    }

    /// `Remove-TrustedClusterAttestationServiceInfo` / `Remove-TrustedClusterKeyProviderServiceInfo`.
    @discardableResult
    public func unapplyService(_ registrationId: String, kind: TrustAuthorityService.Kind, fromTrustedCluster clusterId: String,
                               by user: SessionUser) throws(LabError) -> TrustedCluster {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            var trusted = configuration.trustedCluster(cluster.id)
            guard let index = trusted.applied.firstIndex(where: { $0.equalsIgnoringCase(registrationId) }) else {
                throw .serviceNotApplied(id: registrationId, cluster: cluster.name)
            }
            if let registration = configuration.registrations.first(where: { $0.id == trusted.applied[index] }), registration.kind != kind {
                throw .serviceWrongKind(id: registration.id, expected: kind)
            }
            trusted.applied.remove(at: index)
            configuration.setTrustedCluster(trusted)
        }
        return try trustedCluster(cluster.id, by: user)
    }

    /// `Get-TrustedClusterAppliedStatus`: the applied configuration against the desired state.
    public func appliedStatus(ofTrustedCluster clusterId: String, by user: SessionUser) throws(LabError) -> TrustedClusterAppliedStatus {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        return Self.appliedStatus(Self.trustedCluster(cluster, try configurations().workload(vCenter: vCenter.address)))
    }

    static func appliedStatus(_ trusted: TrustedCluster) -> TrustedClusterAppliedStatus {
        let cluster = trusted.cluster
        guard trusted.source != nil else {
            return TrustedClusterAppliedStatus(
                clusterId: cluster.id, clusterName: cluster.name, health: .none,
                details: ["No Trust Authority services information was imported for the cluster '\(cluster.name)': it has no desired state."],
                desired: [], applied: trusted.applied)
        }
        let desired = Set(trusted.desired.map(\.endpoint))
        let applied = Set(trusted.applied.map(\.service.endpoint))
        var details: [String] = []
        for service in trusted.desired where !applied.contains(service.endpoint) {
            details.append("The \(service.label) is in the desired state but not applied to the cluster '\(cluster.name)'.")
        }
        for registration in trusted.applied where !desired.contains(registration.service.endpoint) {
            details.append("The \(registration.service.label) (\(registration.id)) is applied to the cluster '\(cluster.name)' but not in its desired state.")
        }
        return TrustedClusterAppliedStatus(clusterId: cluster.id, clusterName: cluster.name, health: details.isEmpty ? .ok : .error,
                                           details: details, desired: trusted.desired, applied: trusted.applied)
    }

    /// Remediation: the cluster's applied configuration becomes its desired state again (registering a
    /// desired service whose registration was removed). Returns the status afterwards.
    @discardableResult
    public func remediateTrustedCluster(_ clusterId: String, by user: SessionUser) throws(LabError) -> TrustedClusterAppliedStatus {
        let (vCenter, cluster) = try authorize(user, trustedCluster: clusterId)
        try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            var trusted = configuration.trustedCluster(cluster.id)
            guard trusted.source != nil, !trusted.desired.isEmpty else { throw .nothingToRemediate(cluster: cluster.name) }
            trusted.applied = trusted.desired.map { configuration.registration(for: $0).id }
            configuration.setTrustedCluster(trusted)
        }
        return try appliedStatus(ofTrustedCluster: cluster.id, by: user)
    }
}
