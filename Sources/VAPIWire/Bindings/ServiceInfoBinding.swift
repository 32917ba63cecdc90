import TrustAuthority

/// `trusted_infrastructure.attestation.services` and `.kms.services` (the workload vCenter's registrations of
/// Trust Authority services): Summary `{service, address: NetworkAddress {hostname, port?}, group,
/// trust_authority_cluster}`, Info and CreateSpec `{address, trusted_CA: X509CertChain, group,
/// trust_authority_cluster}`, FilterSpec with each optional, as vmware-vcenter 9.1.1.0 declares them
/// (com/vmware/vcenter/trusted_infrastructure/attestation_client.py, kms_client.py).
public enum ServiceInfoBinding {
    public static func serviceName(_ kind: TrustAuthorityService.Kind) -> String {
        kind == .attestation ? ServiceName.attestationServices : ServiceName.kmsServices
    }

    static func address(_ registration: ServiceRegistration) -> VAPIValue {
        .structure("com.vmware.vcenter.trusted_infrastructure.network_address",
                   [("hostname", .string(registration.address)), ("port", .optional(.integer(Int64(registration.port))))])
    }

    /// The services applied to a trusted cluster: the same structures under the trusted cluster's service names.
    public static func trustedClusterServiceName(_ kind: TrustAuthorityService.Kind) -> String {
        kind == .attestation ? ServiceName.trustedClusterAttestationServices : ServiceName.trustedClusterKmsServices
    }

    public static func summary(_ registration: ServiceRegistration, service: String? = nil) -> VAPIValue {
        .structure((service ?? serviceName(registration.kind)) + ".summary", [
            ("service", .string(registration.id)), ("address", address(registration)), ("group", .string(registration.group)),
            ("trust_authority_cluster", .string(registration.trustAuthorityClusterId)),
        ])
    }

    public static func info(_ registration: ServiceRegistration, service: String? = nil) -> VAPIValue {
        .structure((service ?? serviceName(registration.kind)) + ".info", [
            ("address", address(registration)), ("trusted_CA", Tpm2Binding.chain(registration.certificateChain)),
            ("group", .string(registration.group)), ("trust_authority_cluster", .string(registration.trustAuthorityClusterId)),
        ])
    }

    /// `Services.CreateSpec` as the service to register. The group names the Trust Authority cluster's vCenter
    /// (`domain-c8@192.168.210.22`, as the services info file carries it), as Add-AttestationServiceInfo reads it.
    public static func service(_ kind: TrustAuthorityService.Kind, createSpec spec: VAPIInput) throws(VAPIDecodingError) -> TrustAuthorityService {
        let address = try spec.structure("address")
        let group = try spec.string("group")
        let parts = group.split(separator: "@")
        let cluster = try spec.string("trust_authority_cluster")
        let bareCluster = cluster.hasPrefix("TrustAuthorityCluster-") ? String(cluster.dropFirst("TrustAuthorityCluster-".count)) : cluster
        return TrustAuthorityService(kind: kind, address: try address.string("hostname"), port: try address.optionalInteger("port") ?? TrustAuthorityService.defaultPort,
                                     group: group, trustAuthorityVCenter: parts.count == 2 ? String(parts[1]) : "",
                                     trustAuthorityClusterId: bareCluster,
                                     certificateChain: try Tpm2Binding.certificates(try spec.structure("trusted_CA"), source: "spec.trusted_CA.cert_chain"))
    }

    /// `Services.FilterSpec`: by id, address (hostname and port), group and cluster; none given matches all.
    public static func filter(_ spec: VAPIInput?) throws(VAPIDecodingError) -> (ServiceRegistration) -> Bool {
        let ids = try spec?.optionalStrings("services") ?? []
        let groups = try spec?.optionalStrings("group") ?? []
        let clusters = try spec?.optionalStrings("trust_authority_cluster") ?? []
        var addresses: [(String, Int?)] = []
        for address in try spec?.structures("address") ?? [] {
            addresses.append((try address.string("hostname"), try address.optionalInteger("port")))
        }
        return { registration in
            func has(_ list: [String], _ value: String) -> Bool { list.isEmpty || list.contains { $0.caseInsensitiveCompare(value) == .orderedSame } }
            return has(ids, registration.id) && has(groups, registration.group) && has(clusters, registration.trustAuthorityClusterId)
                && (addresses.isEmpty || addresses.contains { $0.0.caseInsensitiveCompare(registration.address) == .orderedSame && ($0.1 ?? registration.port) == registration.port })
        }
    }

    /// `trusted_clusters.*.services.CreateSpec` `{type: SERVICE|CLUSTER, service?, trust_authority_cluster?}`: one
    /// registered service, or every registered service of one Trust Authority cluster.
    public enum Source: Sendable, Equatable {
        case service(String)
        case cluster(String)
    }

    public static func source(createSpec spec: VAPIInput) throws(VAPIDecodingError) -> Source {
        switch try spec.string("type") {
        case "SERVICE":
            guard let id = try spec.optionalString("service") else { throw VAPIDecodingError("spec.service is required when spec.type is SERVICE.") }
            return .service(id)
        case "CLUSTER":
            guard let cluster = try spec.optionalString("trust_authority_cluster") else {
                throw VAPIDecodingError("spec.trust_authority_cluster is required when spec.type is CLUSTER.")
            }
            return .cluster(cluster)
        case let other:
            throw VAPIDecodingError("spec.type '\(other)' is not SERVICE or CLUSTER.")
        }
    }

    // MARK: - What a shell on a served workload vCenter sends and reads back

    public static func createSpec(_ service: TrustAuthorityService) -> VAPIValue {
        .structure(serviceName(service.kind) + ".create_spec", [
            ("address", .structure("com.vmware.vcenter.trusted_infrastructure.network_address",
                                   [("hostname", .string(service.address)), ("port", .optional(.integer(Int64(service.port))))])),
            ("trusted_CA", Tpm2Binding.chain(service.certificateChain)), ("group", .string(service.group)),
            ("trust_authority_cluster", .string(service.trustAuthorityClusterId)),
        ])
    }

    /// The registration `id` as its Info describes it (the Info has the create spec's fields).
    public static func registration(_ kind: TrustAuthorityService.Kind, id: String, info value: VAPIValue) throws(VAPIDecodingError) -> ServiceRegistration {
        ServiceRegistration(id: id, service: try service(kind, createSpec: try VAPIInput(value)))
    }
}
