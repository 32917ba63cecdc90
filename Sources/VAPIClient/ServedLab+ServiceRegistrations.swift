import TrustAuthority

/// The workload vCenter's side on a served lab (`LabEndpoint`).
extension ServedLab {
    public func trustedPrincipal() throws(LabError) -> TrustedPrincipal {
        try relay { () throws(RemoteLabError) in try remote.trustedPrincipal() }
    }

    public func serviceRegistrations(_ kind: TrustAuthorityService.Kind) throws(LabError) -> [ServiceRegistration] {
        try relay { () throws(RemoteLabError) in try remote.serviceRegistrations(kind) }
    }

    public func addServiceRegistrations(_ services: [TrustAuthorityService]) throws(LabError) -> [ServiceRegistration] {
        try relay { () throws(RemoteLabError) in try remote.addServiceRegistrations(services) }
    }

    public func removeServiceRegistration(_ id: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.removeServiceRegistration(id) }
    }
}
