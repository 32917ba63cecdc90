/// Who may do what: every operation of the Trust Authority workflow runs as a `SessionUser` and first
/// checks, here, that the user is in the TrustedAdmins group of the vCenter the operation concerns
/// (vSphere's privileges TrustedAdmin.ReadTrustedHosts and TrustedAdmin.ManageTrustedHosts belong to
/// that group).
extension Lab {
    /// The user's vCenter, after checking that the user exists there and is a TrustedAdmin.
    func authorize(_ user: SessionUser) throws(LabError) -> VCenter {
        // The operations a served lab answers forward before they get here; any other one would act on this
        // shell's own lab while the user is connected to the served one.
        if let endpoint { throw .notServed(endpoint: endpoint.address) }
        guard let vCenter = vCenter(at: user.vCenter) else { throw .vCenterNotFound(user.vCenter) }
        guard let account = vCenter.user(user.name) else { throw .userNotFound(user: user.name, vCenter: vCenter.address) }
        guard account.isTrustedAdmin else {
            throw .notTrustedAdmin(user: "\(vCenter.ssoDomain.uppercased())\\\(account.name)", vCenter: vCenter.address)
        }
        return vCenter
    }

    /// The user's vCenter and its Trust Authority cluster `clusterId` (MoID, or PowerCLI's
    /// `TrustAuthorityCluster-…` id, or the cluster's name).
    func authorize(_ user: SessionUser, trustAuthorityCluster clusterId: String) throws(LabError) -> (VCenter, ClusterRecord) {
        let vCenter = try authorize(user)
        guard let cluster = Self.cluster(clusterId, in: vCenter.trustAuthorityClusters, prefix: "TrustAuthorityCluster-") else {
            throw .trustAuthorityClusterNotFound(cluster: clusterId, vCenter: vCenter.address)
        }
        return (vCenter, cluster)
    }

    /// The user's vCenter and its workload cluster `clusterId` (MoID, `TrustedCluster-…` id or name).
    func authorize(_ user: SessionUser, trustedCluster clusterId: String) throws(LabError) -> (VCenter, ClusterRecord) {
        let vCenter = try authorize(user)
        guard let cluster = Self.cluster(clusterId, in: vCenter.clusters, prefix: "TrustedCluster-") else {
            throw .trustedClusterNotFound(cluster: clusterId, vCenter: vCenter.address)
        }
        return (vCenter, cluster)
    }

    static func cluster(_ written: String, in clusters: [ClusterRecord], prefix: String) -> ClusterRecord? {
        clusters.first { $0.id.equalsIgnoringCase(written) }
            ?? clusters.first { (prefix + $0.id).equalsIgnoringCase(written) }
            ?? clusters.first { $0.name.equalsIgnoringCase(written) }
    }

    /// Whether `user` may run Trust Authority operations on their vCenter (for callers that only ask).
    public func isTrustedAdmin(_ user: SessionUser) -> Bool {
        (try? authorize(user)) != nil
    }
}
