/// A workload cluster as `Get-TrustedCluster` shows it: its state, where its desired state came from,
/// and the attestation and key provider services applied to it.
public struct TrustedCluster: Sendable, Equatable {
    public var cluster: ClusterRecord
    public var source: ServicesInfo.Source?
    public var desired: [TrustAuthorityService]
    public var applied: [ServiceRegistration]

    public init(cluster: ClusterRecord, source: ServicesInfo.Source?, desired: [TrustAuthorityService], applied: [ServiceRegistration]) {
        self.cluster = cluster
        self.source = source
        self.desired = desired
        self.applied = applied
    }

    public var attestationServices: [ServiceRegistration] { applied.filter { $0.kind == .attestation } }
    public var keyProviderServices: [ServiceRegistration] { applied.filter { $0.kind == .keyProvider } }
}
