import TrustAuthority
import VAPIWire

/// `trusted_clusters.attestation.services` and `trusted_clusters.kms.services`: the registered services
/// applied to a workload (trusted) cluster: list, get, create$task and delete$task, the lab operations
/// Add-/Remove-TrustedClusterAttestationServiceInfo and …KeyProviderServiceInfo call.
enum TrustedClusterServicesService {
    static let operations = [TrustAuthorityService.Kind.attestation, .keyProvider].flatMap(operations)

    static func operations(_ kind: TrustAuthorityService.Kind) -> [LabOperation] {
        let id = ServiceInfoBinding.trustedClusterServiceName(kind)
        let path = "/vcenter/trusted-infrastructure/trusted-clusters/{cluster}/" + (kind == .attestation ? "attestation/services" : "kms/services")
        return [
            LabOperation(id, "list", task: false, rest: RESTRoute("GET", path), run: { call throws(VAPIError) in try list(kind, call) }),
            LabOperation(id, "get", task: false, rest: RESTRoute("GET", path + "/{service}"), run: { call throws(VAPIError) in try get(kind, call) }),
            LabOperation(id, "create", task: true, rest: RESTRoute("POST", path, body: "spec"), run: { call throws(VAPIError) in try create(kind, call) }),
            LabOperation(id, "delete", task: true, rest: RESTRoute("DELETE", path + "/{service}"), run: { call throws(VAPIError) in try delete(kind, call) }),
        ]
    }

    static func applied(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> (cluster: String, [ServiceRegistration]) {
        let cluster = try call.read { () throws(VAPIDecodingError) in try call.input.string("cluster") }
        let trusted = try call.attempt { () throws(LabError) in try call.lab.trustedCluster(cluster, by: call.sessionUser) }
        return (trusted.cluster.id, kind == .attestation ? trusted.attestationServices : trusted.keyProviderServices)
    }

    static func list(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let matches = try call.read { () throws(VAPIDecodingError) in try ServiceInfoBinding.filter(try call.input.optionalStructure("spec")) }
        let (_, registrations) = try applied(kind, call)
        let service = ServiceInfoBinding.trustedClusterServiceName(kind)
        return LabAnswer(.list(registrations.filter(matches).map { ServiceInfoBinding.summary($0, service: service) }))
    }

    static func get(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let id = try call.read { () throws(VAPIDecodingError) in try call.input.string("service") }
        let (cluster, registrations) = try applied(kind, call)
        guard let registration = registrations.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
            let name = (try? call.lab.trustedCluster(cluster, by: call.sessionUser).cluster.name) ?? cluster
            throw EndpointError.lab(.serviceNotApplied(id: id, cluster: name))
        }
        return LabAnswer(ServiceInfoBinding.info(registration, service: ServiceInfoBinding.trustedClusterServiceName(kind)))
    }

    static func create(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.read { () throws(VAPIDecodingError) in try call.input.string("cluster") }
        let source = try call.read { () throws(VAPIDecodingError) in try ServiceInfoBinding.source(createSpec: try call.input.structure("spec")) }
        try call.attempt { () throws(LabError) in
            switch source {
            case .service(let id):
                _ = try call.lab.applyService(id, kind: kind, toTrustedCluster: cluster, by: call.sessionUser)
            case .cluster(let trustAuthorityCluster):
                let bare = trustAuthorityCluster.hasPrefix("TrustAuthorityCluster-") ? String(trustAuthorityCluster.dropFirst("TrustAuthorityCluster-".count)) : trustAuthorityCluster
                let registrations = try call.lab.serviceRegistrations(kind, by: call.sessionUser).filter { $0.trustAuthorityClusterId.caseInsensitiveCompare(bare) == .orderedSame }
                guard !registrations.isEmpty else { throw LabError.serviceRegistrationNotFound(trustAuthorityCluster) }
                // Checked before any is applied, so a refusal applies none of them.
                let trusted = try call.lab.trustedCluster(cluster, by: call.sessionUser)
                if let already = registrations.first(where: { registration in trusted.applied.contains { $0.id == registration.id } }) {
                    throw LabError.serviceAlreadyApplied(id: already.id, cluster: trusted.cluster.name)
                }
                for registration in registrations { _ = try call.lab.applyService(registration.id, kind: kind, toTrustedCluster: cluster, by: call.sessionUser) }
            }
        }
        return LabAnswer(.void, target: (LabCall.clusterType, cluster))
    }

    static func delete(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.read { () throws(VAPIDecodingError) in try call.input.string("cluster") }
        let id = try call.read { () throws(VAPIDecodingError) in try call.input.string("service") }
        try call.attempt { () throws(LabError) in _ = try call.lab.unapplyService(id, kind: kind, fromTrustedCluster: cluster, by: call.sessionUser) }
        return LabAnswer(.void, target: (LabCall.clusterType, cluster))
    }
}
