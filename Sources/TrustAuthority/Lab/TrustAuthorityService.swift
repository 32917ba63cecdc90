/// A service of an enabled Trust Authority cluster: the attestation service or the key provider
/// service that runs on each of its hosts (`Get-TrustAuthorityAttestationService`,
/// `Get-TrustAuthorityKeyProviderService`). Workload vCenters register these to reach the cluster.
public struct TrustAuthorityService: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case attestation = "Attestation"
        case keyProvider = "KeyProvider"
    }

    /// What identifies a service across files and registrations: kind, address (any case), port, group.
    public struct Endpoint: Sendable, Hashable, Codable {
        public var kind: Kind
        public var address: String
        public var port: Int
        public var group: String
    }

    public var kind: Kind
    /// The Trust Authority host's name, where the service listens.
    public var address: String
    public var port: Int
    /// The services of one Trust Authority cluster share a group: `<cluster id>@<vCenter address>`.
    public var group: String
    /// The address of the Trust Authority cluster's vCenter.
    public var trustAuthorityVCenter: String
    /// The Trust Authority cluster's MoID (PowerCLI's `TAClusterId`).
    public var trustAuthorityClusterId: String
    /// The CA chain that issued the service's TLS certificate (the Trust Authority vCenter's VMCA).
    public var certificateChain: [CertificateInfo]

    public init(kind: Kind, address: String, port: Int, group: String, trustAuthorityVCenter: String,
                trustAuthorityClusterId: String, certificateChain: [CertificateInfo]) {
        self.kind = kind
        self.address = address
        self.port = port
        self.group = group
        self.trustAuthorityVCenter = trustAuthorityVCenter
        self.trustAuthorityClusterId = trustAuthorityClusterId
        self.certificateChain = certificateChain
    }

    public var endpoint: Endpoint { Endpoint(kind: kind, address: address.lowercased(), port: port, group: group) }

    /// The port both services listen on (behind the host's reverse proxy).
    public static let defaultPort = 443

    static func group(clusterId: String, vCenter: String) -> String { "\(clusterId)@\(vCenter)" }

    /// `Attestation service esxi-ta-01.vsphere.local:443` for messages.
    public var label: String { "\(kind == .attestation ? "attestation" : "key provider") service \(address):\(port)" }
}

extension TrustAuthorityService: Codable {}

extension TrustAuthorityService {
    /// The services of the Trust Authority cluster `cluster` of `vCenter`: an attestation and a key provider
    /// service on each of its hosts, with the vCenter's CA as their certificate chain.
    static func services(of cluster: ClusterRecord, vCenter: String, hosts: [VMHost], authority: VCenterAuthority?) -> [TrustAuthorityService] {
        let members = hosts.filter { $0.clusterId.equalsIgnoringCase(cluster.id) }
        let group = group(clusterId: cluster.id, vCenter: vCenter)
        let chain = authority.map { [$0.certificateAuthority.certificate] } ?? []
        return Kind.allCases.flatMap { kind in
            members.map { host in
                TrustAuthorityService(kind: kind, address: host.name, port: defaultPort, group: group, trustAuthorityVCenter: vCenter,
                                      trustAuthorityClusterId: cluster.id, certificateChain: chain)
            }
        }
    }
}
