import Foundation

/// The lab owner's view of the Trust Authority side of a lab, for `vtash lab show`: outside any vCenter
/// session (no TrustedAdmins check, as `Lab.definition`), per vCenter what each cluster holds, what was
/// imported, and how its hosts attest.
public struct LabOverview: Sendable {
    public struct TrustAuthorityClusterSummary: Sendable {
        public var cluster: ClusterRecord
        public var hostCount: Int
        public var configuration: TrustAuthorityConfiguration
    }

    public struct TrustedClusterSummary: Sendable {
        public var trusted: TrustedCluster
        public var hostCount: Int
        public var appliedHealth: ProviderStatus.Health
        public var passed: Int
        public var failed: Int
    }

    public struct VCenterSummary: Sendable {
        public var vCenter: VCenter
        public var trustAuthorityClusters: [TrustAuthorityClusterSummary]
        public var trustedClusters: [TrustedClusterSummary]
        public var registrations: [ServiceRegistration]
        public var keyProviders: [WorkloadKeyProvider]
        public var defaultKeyProvider: String?
        public var virtualMachineCount: Int
    }

    public var vCenters: [VCenterSummary]
    public var tpmManufacturers: [String]
}

extension Lab {
    /// What the lab holds now; attestation is computed for every workload host.
    public func overview() -> LabOverview {
        let configurations = (try? configurations()) ?? LabConfigurations(trustAuthority: [], workload: [])
        let summaries = vCenters.map { vCenter -> LabOverview.VCenterSummary in
            let hosts = self.hosts(on: vCenter.address)
            var counts: [String: Int] = [:]
            for host in hosts { counts[host.clusterId.lowercased(), default: 0] += 1 }
            let workload = configurations.workload(vCenter: vCenter.address)
            let attestations = attest(hosts.filter { host in vCenter.clusters.contains { $0.id.equalsIgnoringCase(host.clusterId) } }, at: Date())
            return LabOverview.VCenterSummary(
                vCenter: vCenter,
                trustAuthorityClusters: vCenter.trustAuthorityClusters.map { cluster in
                    LabOverview.TrustAuthorityClusterSummary(
                        cluster: cluster, hostCount: counts[cluster.id.lowercased()] ?? 0,
                        configuration: configurations.trustAuthority(vCenter: vCenter.address, clusterId: cluster.id))
                },
                trustedClusters: vCenter.clusters.map { cluster in
                    let trusted = Self.trustedCluster(cluster, workload)
                    let own = attestations.filter { $0.clusterId.equalsIgnoringCase(cluster.id) }
                    return LabOverview.TrustedClusterSummary(
                        trusted: trusted, hostCount: counts[cluster.id.lowercased()] ?? 0, appliedHealth: Self.appliedStatus(trusted).health,
                        passed: own.filter { $0.status == .passed }.count, failed: own.filter { $0.status == .failed }.count)
                },
                registrations: workload.registrations, keyProviders: workload.keyProviders,
                defaultKeyProvider: workload.defaultKeyProvider,
                virtualMachineCount: hosts.reduce(0) { $0 + $1.virtualMachines.count })
        }
        return LabOverview(vCenters: summaries, tpmManufacturers: tpmManufacturers.map(\.name))
    }
}
