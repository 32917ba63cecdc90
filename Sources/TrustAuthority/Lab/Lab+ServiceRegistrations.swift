import Foundation

/// Step 7 of the procedure, on the workload vCenter: the Trust Authority cluster's services info is
/// imported (`Import-TrustAuthorityServicesInfo`), and services are registered by hand
/// (`Add-/Get-/Remove-AttestationServiceInfo`, `…KeyProviderServiceInfo`).
extension Lab {
    /// Imports `info` on the user's (workload) vCenter: its services are registered (reusing registrations of
    /// the same endpoint) and become the desired state of the workload cluster `clusterId` (MoID, id or name),
    /// or of every workload cluster of the vCenter when nil. Refused when the information describes a cluster
    /// of this very vCenter or a Trust Authority cluster that does not trust this vCenter's principal.
    /// Returns the registrations of the file's services.
    @discardableResult
    public func importServicesInfo(_ info: ServicesInfo, source: String = "input", into clusterId: String? = nil,
                                   by user: SessionUser) throws(LabError) -> [ServiceRegistration] {
        let vCenter = try authorize(user)
        guard !info.source.vCenter.equalsIgnoringCase(vCenter.address) else { throw .servicesInfoFromThisVCenter(source: source) }
        let issuer = TrustedPrincipal.issuer(address: vCenter.address, domain: vCenter.ssoDomain)
        guard info.trustedIssuers.contains(where: { $0.equalsIgnoringCase(issuer) }) else {
            throw .servicesInfoNotForThisVCenter(source: source, cluster: info.source.clusterName, issuer: issuer)
        }
        guard !info.services.isEmpty else { throw .servicesInfoWithoutServices(source: source, cluster: info.source.clusterName) }
        var targets = vCenter.clusters
        if let clusterId {
            guard let cluster = Self.cluster(clusterId, in: vCenter.clusters, prefix: "TrustedCluster-") else {
                throw .trustedClusterNotFound(cluster: clusterId, vCenter: vCenter.address)
            }
            targets = [cluster]
        }
        return try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            let registrations = info.services.map { configuration.registration(for: $0) }
            for cluster in targets {
                var trusted = configuration.trustedCluster(cluster.id)
                trusted.source = info.source
                trusted.desired = info.services
                configuration.setTrustedCluster(trusted)
            }
            return registrations
        }
    }

    /// `Add-AttestationServiceInfo` / `Add-KeyProviderServiceInfo`: registers one service (from a Trust
    /// Authority service object or from its address, port, group and chain). Refused when the endpoint is
    /// already registered.
    @discardableResult
    public func addServiceRegistration(_ service: TrustAuthorityService, by user: SessionUser) throws(LabError) -> ServiceRegistration {
        let added = try addServiceRegistrations([service], by: user)
        guard let registration = added.first else { throw .serviceRegistrationNotFound("\(service.address):\(service.port)") }
        return registration
    }

    /// Registers several services in one change: refused, registering none, when one endpoint is already
    /// registered (or given twice) or a port is out of range.
    @discardableResult
    public func addServiceRegistrations(_ services: [TrustAuthorityService], by user: SessionUser) throws(LabError) -> [ServiceRegistration] {
        if let service = services.first(where: { !(1...65_535).contains($0.port) }) {
            throw .invalidKeyProviderSetting("The service port \(service.port) is not valid. Specify a port from 1 to 65535.")
        }
        if let endpoint { return try endpoint.addServiceRegistrations(services) }
        let vCenter = try authorize(user)
        return try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) -> [ServiceRegistration] in
            var added: [ServiceRegistration] = []
            for service in services {
                if configuration.registrations.contains(where: { $0.service.endpoint == service.endpoint }) {
                    throw .serviceRegistrationExists("\(service.address):\(service.port)")
                }
                added.append(configuration.register(service))
            }
            return added
        }
    }

    /// `Get-AttestationServiceInfo` / `Get-KeyProviderServiceInfo`.
    public func serviceRegistrations(_ kind: TrustAuthorityService.Kind, matching filter: ServiceRegistrationFilter = .all,
                                     by user: SessionUser) throws(LabError) -> [ServiceRegistration] {
        if let endpoint { return try endpoint.serviceRegistrations(kind).filter { filter.matches($0) } }
        let vCenter = try authorize(user)
        return try configurations().workload(vCenter: vCenter.address).registrations.filter { $0.kind == kind && filter.matches($0) }
    }

    /// `Remove-AttestationServiceInfo` / `Remove-KeyProviderServiceInfo`: refused while a trusted cluster
    /// has it applied.
    public func removeServiceRegistration(_ id: String, by user: SessionUser) throws(LabError) {
        if let endpoint { return try endpoint.removeServiceRegistration(id) }
        let vCenter = try authorize(user)
        try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            guard let index = configuration.registrations.firstIndex(where: { $0.id.equalsIgnoringCase(id) }) else {
                throw .serviceRegistrationNotFound(id)
            }
            let registration = configuration.registrations[index]
            if let holder = configuration.trustedClusters.first(where: { $0.applied.contains(registration.id) }) {
                let name = vCenter.clusters.first { $0.id.equalsIgnoringCase(holder.clusterId) }?.name ?? holder.clusterId
                throw .serviceRegistrationInUse(id: registration.id, cluster: name)
            }
            configuration.registrations.remove(at: index)
        }
    }
}
