import TrustAuthority
import VAPIWire

/// A served workload vCenter (`vtash serve --vcenter`): its own principal (`trusted_infrastructure.principal`) and its
/// registrations of Trust Authority services (`attestation.services`, `kms.services`).
extension RemoteLab {
    public func trustedPrincipal() throws(RemoteLabError) -> TrustedPrincipal {
        let info = try call(ServiceName.principal, "get")
        return try decode { () throws(VAPIDecodingError) in try PrincipalBinding.ownPrincipal(info: info) }
    }

    public func serviceRegistrations(_ kind: TrustAuthorityService.Kind) throws(RemoteLabError) -> [ServiceRegistration] {
        let service = ServiceInfoBinding.serviceName(kind)
        let summaries = try list(call(service, "list", [("spec", .unset)]))
        return try summaries.map { (summary: VAPIValue) throws(RemoteLabError) -> ServiceRegistration in
            let id = try decode { () throws(VAPIDecodingError) in try VAPIInput(summary).string("service") }
            let info = try call(service, "get", [("service", .string(id))])
            return try decode { () throws(VAPIDecodingError) in try ServiceInfoBinding.registration(kind, id: id, info: info) }
        }
    }

    /// Several services in one change as the local lab makes it: every endpoint is checked against the registered ones
    /// (and the others given) before the first is sent, and a refusal after that removes what this call registered.
    public func addServiceRegistrations(_ services: [TrustAuthorityService]) throws(RemoteLabError) -> [ServiceRegistration] {
        var known = try serviceRegistrations(.attestation).map(\.service.endpoint) + serviceRegistrations(.keyProvider).map(\.service.endpoint)
        for service in services {
            if known.contains(service.endpoint) { throw .lab(.serviceRegistrationExists("\(service.address):\(service.port)")) }
            known.append(service.endpoint)
        }
        var added: [ServiceRegistration] = []
        do throws(RemoteLabError) {
            for service in services {
                let answer = try call(ServiceInfoBinding.serviceName(service.kind), "create", [("spec", ServiceInfoBinding.createSpec(service))])
                guard case .string(let id) = answer else {
                    throw .endpoint("The lab at \(connection.address) did not answer the registration with its id.")
                }
                added.append(ServiceRegistration(id: id, service: service))
            }
        } catch {
            for registration in added.reversed() { _ = try? call(ServiceInfoBinding.serviceName(registration.kind), "delete", [("service", .string(registration.id))]) }
            throw error
        }
        return added
    }

    /// The registration `id`, of either kind (its id says which service holds it: the endpoint answers each kind apart).
    public func removeServiceRegistration(_ id: String) throws(RemoteLabError) {
        for kind in [TrustAuthorityService.Kind.attestation, .keyProvider] where try serviceRegistrations(kind).contains(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) {
            _ = try call(ServiceInfoBinding.serviceName(kind), "delete", [("service", .string(id))])
            return
        }
        throw .lab(.serviceRegistrationNotFound(id))
    }
}
