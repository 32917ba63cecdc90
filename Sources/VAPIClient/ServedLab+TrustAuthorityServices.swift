import Foundation
import TrustAuthority

/// Steps 2 and 6 on a served Trust Authority vCenter (`LabEndpoint`): the services status, the services of an enabled
/// cluster and the services information file, read from the served lab's answers (`trust_authority_clusters.list`,
/// `….attestation.service_status`, `….kms.service_status`, `trust_authority_hosts.*.list`, `consumer_principals.list`),
/// refused as the local lab refuses.
extension ServedLab {
    public func trustAuthorityServices(of clusterId: String, kind: TrustAuthorityService.Kind) throws(LabError) -> [TrustAuthorityService] {
        let cluster = try enabledCluster(clusterId)
        return try relay { () throws(RemoteLabError) in try remote.trustAuthorityServices(ofCluster: cluster.id, kind: kind) }
    }

    public func servicesInfo(of clusterId: String) throws(LabError) -> ServicesInfo {
        let cluster = try enabledCluster(clusterId)
        var services: [TrustAuthorityService] = []
        for kind in TrustAuthorityService.Kind.allCases {
            services += try relay { () throws(RemoteLabError) in try remote.trustAuthorityServices(ofCluster: cluster.id, kind: kind) }
        }
        let issuers = try principals(of: cluster.id).map(\.issuer)
        // The served vCenter's address as its lab names it: its services' group says it (`domain-c8@192.168.210.22`);
        // a cluster without hosts has none, and then the issuer of the vCenter's own principal names it.
        let vCenter: String
        if let service = services.first { vCenter = service.trustAuthorityVCenter } else { vCenter = try ownAddress() }
        return ServicesInfo(source: ServicesInfo.Source(vCenter: vCenter, clusterId: cluster.id, clusterName: cluster.name),
                            trustedIssuers: issuers, services: services)
    }

    /// Both halves of the services status, from the served lab's one computation (`Lab.servicesStatus`).
    public func servicesStatus(of clusterId: String) throws(LabError) -> TrustAuthorityServicesStatus {
        let cluster = try trustAuthorityCluster(clusterId)
        return try relay { () throws(RemoteLabError) in try remote.servicesStatus(of: cluster) }
    }

    /// The cluster `clusterId` (MoID, PowerCLI id or name), refused as the local lab refuses when it is unknown.
    func trustAuthorityCluster(_ clusterId: String) throws(LabError) -> ClusterRecord {
        guard let cluster = try trustAuthorityClusters().first(where: { Self.names($0, clusterId) }) else {
            throw .trustAuthorityClusterNotFound(cluster: clusterId, vCenter: address)
        }
        return cluster
    }

    /// The cluster `clusterId`, refused as the local lab refuses when it is unknown or disabled.
    func enabledCluster(_ clusterId: String) throws(LabError) -> ClusterRecord {
        let cluster = try trustAuthorityCluster(clusterId)
        guard cluster.enabled else { throw .clusterDisabled(cluster: cluster.name) }
        return cluster
    }

    /// The host of the served vCenter's own principal's issuer (`https://<address>/websso/…`).
    func ownAddress() throws(LabError) -> String {
        let issuer = try trustedPrincipal().issuer
        return URL(string: issuer)?.host ?? issuer
    }
}
