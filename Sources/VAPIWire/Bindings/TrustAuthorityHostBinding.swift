import TrustAuthority

/// `trust_authority_hosts.attestation` and `.kms` (vSphere API 7.0.0.0, in vmware-vcenter 9.1.1.0's
/// com/vmware/vcenter/trusted_infrastructure/trust_authority_hosts_client.py): the services running on the hosts of
/// the Trust Authority clusters. Summary `{summary_type, host?, address?, group?, cluster?, trusted_CA?}` (which are
/// set follows the projection BRIEF/NORMAL/FULL), Info `{host, address, group, cluster, trusted_CA}`, FilterSpec
/// `{hosts?, clusters?, address?, groups?}`.
public enum TrustAuthorityHostBinding {
    public static func serviceName(_ kind: TrustAuthorityService.Kind) -> String {
        kind == .attestation ? ServiceName.trustAuthorityHostsAttestation : ServiceName.trustAuthorityHostsKms
    }

    public enum Projection: String, Sendable {
        case full = "FULL", normal = "NORMAL", brief = "BRIEF"
    }

    public static func projection(_ text: String?) throws(VAPIDecodingError) -> Projection {
        guard let text else { return .normal }
        guard let projection = Projection(rawValue: text) else { throw VAPIDecodingError("projection '\(text)' is not FULL, NORMAL or BRIEF.") }
        return projection
    }

    static func address(_ service: TrustAuthorityService) -> VAPIValue {
        .structure("com.vmware.vcenter.trusted_infrastructure.network_address",
                   [("hostname", .string(service.address)), ("port", .optional(.integer(Int64(service.port))))])
    }

    /// The service on the host `hostId`, as much of it as `projection` shows.
    public static func summary(_ service: TrustAuthorityService, hostId: String, projection: Projection) -> VAPIValue {
        var fields: [(String, VAPIValue)] = [("summary_type", .string(projection.rawValue)), ("host", .optional(.string(hostId))),
                                             ("address", .optional(address(service)))]
        let normal = projection != .brief
        fields.append(("group", normal ? .optional(.string(service.group)) : .optional(nil)))
        fields.append(("cluster", normal ? .optional(.string(service.trustAuthorityClusterId)) : .optional(nil)))
        fields.append(("trusted_CA", projection == .full ? .optional(Tpm2Binding.chain(service.certificateChain)) : .optional(nil)))
        return .structure(serviceName(service.kind) + ".summary", fields)
    }

    public static func info(_ service: TrustAuthorityService, hostId: String) -> VAPIValue {
        .structure(serviceName(service.kind) + ".info", [
            ("host", .string(hostId)), ("address", address(service)), ("group", .string(service.group)),
            ("cluster", .string(service.trustAuthorityClusterId)), ("trusted_CA", Tpm2Binding.chain(service.certificateChain)),
        ])
    }

    /// `FilterSpec` as a test of a service on a host: every field given must match; none given matches all.
    public static func filter(_ spec: VAPIInput?) throws(VAPIDecodingError) -> (TrustAuthorityService, String) -> Bool {
        let hosts = try spec?.optionalStrings("hosts") ?? []
        let clusters = try spec?.optionalStrings("clusters") ?? []
        let groups = try spec?.optionalStrings("groups") ?? []
        var addresses: [(String, Int?)] = []
        for address in try spec?.structures("address") ?? [] {
            addresses.append((try address.string("hostname"), try address.optionalInteger("port")))
        }
        return { service, hostId in
            func has(_ list: [String], _ value: String) -> Bool { list.isEmpty || list.contains { $0.caseInsensitiveCompare(value) == .orderedSame } }
            return has(hosts, hostId) && has(clusters, service.trustAuthorityClusterId) && has(groups, service.group)
                && (addresses.isEmpty || addresses.contains { $0.0.caseInsensitiveCompare(service.address) == .orderedSame && ($0.1 ?? service.port) == service.port })
        }
    }

    /// The FilterSpec a shell sends for the services of one Trust Authority cluster.
    public static func clusterFilter(_ clusterId: String, kind: TrustAuthorityService.Kind) -> VAPIValue {
        .optional(.structure(serviceName(kind) + ".filter_spec", [
            ("hosts", .optional(nil)), ("clusters", .optional(.list([.string(clusterId)]))), ("address", .optional(nil)), ("groups", .optional(nil)),
        ]))
    }

    /// A FULL summary as the domain's service. The Trust Authority vCenter is the group's part after `@`
    /// (`domain-c8@192.168.210.22`, the lab's group of a cluster's services), as ServiceInfoBinding reads it.
    public static func service(_ kind: TrustAuthorityService.Kind, summary value: VAPIValue) throws(VAPIDecodingError) -> TrustAuthorityService {
        let input = try VAPIInput(value)
        guard let address = try input.optionalStructure("address"), let group = try input.optionalString("group"),
              let cluster = try input.optionalString("cluster"), let chain = try input.optionalStructure("trusted_CA") else {
            throw VAPIDecodingError("a FULL summary carries address, group, cluster and trusted_CA.")
        }
        let parts = group.split(separator: "@")
        return TrustAuthorityService(kind: kind, address: try address.string("hostname"),
                                     port: try address.optionalInteger("port") ?? TrustAuthorityService.defaultPort,
                                     group: group, trustAuthorityVCenter: parts.count == 2 ? String(parts[1]) : "",
                                     trustAuthorityClusterId: cluster, certificateChain: try Tpm2Binding.certificates(chain, source: "trusted_CA.cert_chain"))
    }
}
