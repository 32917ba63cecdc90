/// Finding the cluster and provider a request names (by id, as the vSphere API does).
extension Lab {
    /// The Trust Authority cluster `id` (its MoID `domain-c8`, or PowerCLI's `TrustAuthorityCluster-domain-c8`)
    /// of the vCenter at `address`.
    public func trustAuthorityCluster(id: String, at address: String) throws(LookupError) -> ClusterRecord {
        guard let cluster = trustAuthorityClusters(at: address).first(where: { $0.id == id || $0.trustAuthorityClusterId == id }) else {
            throw .clusterNotFound(id)
        }
        return cluster
    }

    /// The provider `name` of `cluster`; nil when the lab has none by that name, or only in another cluster.
    public func provider(named name: String, in cluster: ClusterRecord) throws(LabError) -> KeyProvider? {
        guard let provider = try findProvider(named: name), provider.clusterId == cluster.id else { return nil }
        return provider
    }
}
