import TrustAuthority
import VAPIWire

/// `trust_authority_hosts.attestation` and `.kms`: list and get, the services on the hosts of the served vCenter's
/// enabled Trust Authority clusters (a disabled cluster runs none), from the lab operation
/// Get-TrustAuthorityAttestationService and Get-TrustAuthorityKeyProviderService call. vSphere API 7.0.0.0;
/// deprecated in 8.0.3.0 like every trusted_infrastructure service, and still in vmware-vcenter 9.1.1.0.
enum TrustAuthorityHostsService {
    static let operations = [TrustAuthorityService.Kind.attestation, .keyProvider].flatMap(operations)

    static func operations(_ kind: TrustAuthorityService.Kind) -> [LabOperation] {
        let id = TrustAuthorityHostBinding.serviceName(kind)
        let path = "/vcenter/trusted-infrastructure/trust-authority-hosts/" + (kind == .attestation ? "attestation" : "kms")
        let hostPath = "/vcenter/trusted-infrastructure/trust-authority-hosts/{host}/" + (kind == .attestation ? "attestation" : "kms")
        return [
            LabOperation(id, "list", task: false, rest: RESTRoute("POST", path, body: "spec"), run: { call throws(VAPIError) in try list(kind, call) }),
            LabOperation(id, "get", task: false, rest: RESTRoute("GET", hostPath), run: { call throws(VAPIError) in try get(kind, call) }),
        ]
    }

    /// Every service of `kind` on the enabled clusters, with its host's MoID.
    static func services(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> [(TrustAuthorityService, String)] {
        let clusters = try call.attempt { () throws(LabError) in try call.lab.trustAuthorityClusters(by: call.sessionUser) }
        var found: [(TrustAuthorityService, String)] = []
        for cluster in clusters where cluster.enabled {
            let services = try call.attempt { () throws(LabError) in try call.lab.trustAuthorityServices(of: cluster.id, kind: kind, by: call.sessionUser) }
            let hosts = call.lab.hosts(on: call.vCenter, clusterId: cluster.id)
            for service in services {
                guard let host = hosts.first(where: { $0.name.caseInsensitiveCompare(service.address) == .orderedSame }) else { continue }
                found.append((service, host.id))
            }
        }
        return found
    }

    static func list(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let (matches, projection) = try call.read { () throws(VAPIDecodingError) in
            (try TrustAuthorityHostBinding.filter(try call.input.optionalStructure("spec")),
             try TrustAuthorityHostBinding.projection(try call.input.optionalString("projection")))
        }
        let found = try services(kind, call).filter { matches($0.0, $0.1) }
        return LabAnswer(.list(found.map { TrustAuthorityHostBinding.summary($0.0, hostId: $0.1, projection: projection) }))
    }

    static func get(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let host = try call.read { () throws(VAPIDecodingError) in try call.input.string("host") }
        guard let (service, hostId) = try services(kind, call).first(where: { $0.1.caseInsensitiveCompare(host) == .orderedSame }) else {
            throw EndpointError.lab(.hostNotFound(host: host, vCenter: call.vCenter))
        }
        return LabAnswer(TrustAuthorityHostBinding.info(service, hostId: hostId))
    }
}
