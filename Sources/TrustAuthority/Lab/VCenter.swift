import Foundation

/// A vCenter Server of the lab.
public struct VCenter: Sendable {
    public var address: String
    public var ssoDomain: String
    public var users: [SSOUser]
    public var trustAuthorityClusters: [ClusterRecord]
    /// Workload clusters (`Get-TrustedCluster`).
    public var clusters: [ClusterRecord]
    /// `Get-Datacenter`.
    public var datacenters: [Datacenter]

    public init(address: String, ssoDomain: String, users: [SSOUser], trustAuthorityClusters: [ClusterRecord],
                clusters: [ClusterRecord] = [], datacenters: [Datacenter] = []) {
        self.address = address
        self.ssoDomain = ssoDomain
        self.users = users
        self.trustAuthorityClusters = trustAuthorityClusters
        self.clusters = clusters
        self.datacenters = datacenters
    }

    /// Every cluster of the vCenter: Trust Authority clusters, then workload clusters (`Get-Cluster`).
    public var allClusters: [ClusterRecord] { trustAuthorityClusters + clusters }

    /// Finds a user written as `name@domain`, `DOMAIN\name` or `name`.
    public func user(_ written: String) -> SSOUser? {
        var name = written
        if let at = written.firstIndex(of: "@") {
            guard written[written.index(after: at)...].lowercased() == ssoDomain.lowercased() else { return nil }
            name = String(written[..<at])
        } else if let slash = written.firstIndex(of: "\\") {
            name = String(written[written.index(after: slash)...])
        }
        return users.first { $0.name.lowercased() == name.lowercased() }
    }
}

extension VCenter: Equatable {}

extension VCenter: Codable {
    private enum Field: String, CodingKey {
        case address, ssoDomain, users, trustAuthorityClusters, clusters, datacenters
    }

    /// `clusters` and `datacenters` may be missing: a vCenter stored by an earlier vtash still opens.
    public init(from decoder: any Decoder) throws {
        let stored = try decoder.container(keyedBy: Field.self)
        self.init(address: try stored.decode(String.self, forKey: .address), ssoDomain: try stored.decode(String.self, forKey: .ssoDomain),
                  users: try stored.decode([SSOUser].self, forKey: .users),
                  trustAuthorityClusters: try stored.decode([ClusterRecord].self, forKey: .trustAuthorityClusters),
                  clusters: try stored.decodeIfPresent([ClusterRecord].self, forKey: .clusters) ?? [],
                  datacenters: try stored.decodeIfPresent([Datacenter].self, forKey: .datacenters) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var stored = encoder.container(keyedBy: Field.self)
        try stored.encode(address, forKey: .address)
        try stored.encode(ssoDomain, forKey: .ssoDomain)
        try stored.encode(users, forKey: .users)
        try stored.encode(trustAuthorityClusters, forKey: .trustAuthorityClusters)
        try stored.encode(clusters, forKey: .clusters)
        if !datacenters.isEmpty { try stored.encode(datacenters, forKey: .datacenters) }
    }
}

extension VCenter {
    /// The vCenter's instance UUID (PowerCLI's `InstanceUuid`, `ServerGuid`): a name-based UUID of its
    /// address, so it is the same in every lab and every run.
    public var instanceUuid: String { NameBasedUUID.make("vtash vCenter " + address.lowercased()) }
}
