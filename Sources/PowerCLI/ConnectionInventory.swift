import ShellEngine
import TrustAuthority

/// What one connection sees of the lab's inventory: its vCenter's datacenters, clusters and hosts, or,
/// connected to an ESXi host directly, that host alone.
struct ConnectionInventory {
    let connection: PowerCLISession.Connection
    let datacenters: [Datacenter]
    let clusters: [ClusterRecord]
    let hosts: [VMHost]

    init(_ connection: PowerCLISession.Connection, lab: Lab) {
        self.connection = connection
        if let host = connection.host {
            datacenters = []
            clusters = []
            hosts = lab.host(host, on: connection.vCenter).map { [$0] } ?? []
        } else {
            datacenters = lab.datacenters(on: connection.vCenter)
            clusters = lab.clusters(on: connection.vCenter)
            hosts = lab.hosts(on: connection.vCenter)
        }
    }

    func cluster(of host: VMHost) -> ClusterRecord? {
        clusters.first { $0.id.equalsIgnoringCase(host.clusterId) }
    }

    /// The clusters of a datacenter; a cluster the lab file puts in no datacenter belongs to the first one.
    func clusters(in datacenter: Datacenter) -> [ClusterRecord] {
        clusters.filter { cluster in
            cluster.datacenterId.map { $0.equalsIgnoringCase(datacenter.id) } ?? (datacenters.first?.id == datacenter.id)
        }
    }

    /// The hosts under a container (a datacenter's, a cluster's, a host itself).
    func hosts(in container: InventoryReference) -> [VMHost] {
        switch container.kind {
        case .datacenter:
            guard let datacenter = datacenters.first(where: { $0.id == container.id }) else { return [] }
            let ids = Set(clusters(in: datacenter).map { $0.id.lowercased() })
            return hosts.filter { ids.contains($0.clusterId.lowercased()) }
        case .cluster:
            return hosts.filter { $0.clusterId.equalsIgnoringCase(container.id) }
        case .vmHost:
            return hosts.filter { $0.id == container.id }
        case .virtualMachine:
            return []
        }
    }

    /// The clusters under a container (a datacenter's; a cluster itself).
    func clusters(in container: InventoryReference) -> [ClusterRecord] {
        switch container.kind {
        case .datacenter:
            return datacenters.first { $0.id == container.id }.map { clusters(in: $0) } ?? []
        case .cluster:
            return clusters.filter { $0.id == container.id }
        case .vmHost, .virtualMachine:
            return []
        }
    }

    /// The containers named `pattern` (datacenters, clusters, hosts), as references of this connection.
    func containers(matching pattern: WildcardPattern) -> [InventoryReference] {
        let c = connection
        return datacenters.filter { pattern.matches($0.name) }.map { InventoryReference(kind: .datacenter, id: $0.id, name: $0.name, server: c.server, vCenter: c.vCenter, sessionId: c.sessionId) }
            + clusters.filter { pattern.matches($0.name) }.map { InventoryReference(kind: .cluster, id: $0.id, name: $0.name, server: c.server, vCenter: c.vCenter, sessionId: c.sessionId) }
            + hosts.filter { pattern.matches($0.name) }.map { InventoryReference(kind: .vmHost, id: $0.id, name: $0.name, server: c.server, vCenter: c.vCenter, sessionId: c.sessionId) }
    }
}
