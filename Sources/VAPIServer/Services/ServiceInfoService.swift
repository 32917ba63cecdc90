import TrustAuthority
import VAPIWire

/// `trusted_infrastructure.attestation.services` and `.kms.services` on a workload vCenter: list, create, get
/// and delete (not tasks in the SDK). The lab operations Add-/Get-/Remove-AttestationServiceInfo and
/// …KeyProviderServiceInfo call.
enum ServiceInfoService {
    static let operations = [TrustAuthorityService.Kind.attestation, .keyProvider].flatMap(operations)

    static func operations(_ kind: TrustAuthorityService.Kind) -> [LabOperation] {
        let id = ServiceInfoBinding.serviceName(kind)
        let path = kind == .attestation ? "/vcenter/trusted-infrastructure/attestation/services" : "/vcenter/trusted-infrastructure/kms/services"
        return [
            LabOperation(id, "list", task: false, rest: RESTRoute("GET", path), run: { call throws(VAPIError) in try list(kind, call) }),
            LabOperation(id, "create", task: false, rest: RESTRoute("POST", path, body: "spec"), run: { call throws(VAPIError) in try create(kind, call) }),
            LabOperation(id, "get", task: false, rest: RESTRoute("GET", path + "/{service}"), run: { call throws(VAPIError) in try get(kind, call) }),
            LabOperation(id, "delete", task: false, rest: RESTRoute("DELETE", path + "/{service}"), run: { call throws(VAPIError) in try delete(kind, call) }),
        ]
    }

    static func list(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let matches = try call.read { () throws(VAPIDecodingError) in try ServiceInfoBinding.filter(try call.input.optionalStructure("spec")) }
        let registrations = try call.attempt { () throws(LabError) in try call.lab.serviceRegistrations(kind, by: call.sessionUser) }
        return LabAnswer(.list(registrations.filter(matches).map { ServiceInfoBinding.summary($0) }))
    }

    static func create(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let service = try call.read { () throws(VAPIDecodingError) in try ServiceInfoBinding.service(kind, createSpec: try call.input.structure("spec")) }
        let registration = try call.attempt { () throws(LabError) in try call.lab.addServiceRegistration(service, by: call.sessionUser) }
        return LabAnswer(.string(registration.id))
    }

    static func get(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let id = try call.read { () throws(VAPIDecodingError) in try call.input.string("service") }
        let registrations = try call.attempt { () throws(LabError) in try call.lab.serviceRegistrations(kind, by: call.sessionUser) }
        guard let registration = registrations.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
            throw EndpointError.lab(.serviceRegistrationNotFound(id))
        }
        return LabAnswer(ServiceInfoBinding.info(registration))
    }

    static func delete(_ kind: TrustAuthorityService.Kind, _ call: LabCall) throws(VAPIError) -> LabAnswer {
        let id = try call.read { () throws(VAPIDecodingError) in try call.input.string("service") }
        let registrations = try call.attempt { () throws(LabError) in try call.lab.serviceRegistrations(kind, by: call.sessionUser) }
        // Only a registration of this kind: an attestation id given to kms.services is not found there.
        guard let registration = registrations.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
            throw EndpointError.lab(.serviceRegistrationNotFound(id))
        }
        try call.attempt { () throws(LabError) in try call.lab.removeServiceRegistration(registration.id, by: call.sessionUser) }
        return LabAnswer.void
    }
}
