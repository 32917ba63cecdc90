import Foundation
import ShellEngine
import TrustAuthority

/// What the attestation and key provider service info cmdlets share (they differ only in the service's kind).
enum ServiceInfoOperations {
    static func get(_ kind: TrustAuthorityService.Kind, ids: [String], addresses: [String], groups: [String], ports: [Int],
                    clusterIds: [String], servers: [VIServerArgument], _ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let filter: ServiceRegistrationFilter
        do {
            filter = try ServiceRegistrationFilter(ids: ids, addresses: addresses, groups: groups, ports: ports, trustAuthorityClusterIds: clusterIds)
        } catch {
            throw ObjectResolution.labFailure(error, context)
        }
        for connection in try WorkloadResolution.adminConnections(servers, context) {
            let user = connection.sessionUser
            let found = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.serviceRegistrations(kind, matching: filter, by: user) }
            for id in ids where !found.contains(where: { $0.id.equalsIgnoringCase(id) }) {
                try context.writeError(InventoryResolution.filterNotFound(label(kind), "id", id, context))
            }
            for registration in found { try context.write(.object(WorkloadObjects.serviceInfo(registration, connection))) }
        }
    }

    static func add(_ kind: TrustAuthorityService.Kind, address: String, port: Int, group: String, clusterId: String,
                    chain: X509ChainArgument?, filePath: String?, servers: [VIServerArgument], _ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.workloadConnection(servers, context)
        try session.requireTrustedAdmin(connection, context)
        // -TrustedCA is an X509Chain (reference §3, "Workload-side service info" set 2).
        var certificates: [CertificateInfo] = []
        if let chain {
            guard let given = chain.certificates else {
                throw context.failure("The TrustedCA value is not an X509Chain object that vtash made.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                      category: .invalidArgument, reason: "ViError")
            }
            certificates = given
        }
        if let filePath {
            let text = try ObjectResolution.readText(filePath, context)
            do {
                certificates += try CertificateInfo.parseAll(pem: text, source: "file '\(context.shell.resolvePath(filePath))'")
            } catch {
                throw context.failure(error.message, id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidData, reason: "ViError",
                                      targetName: filePath, targetType: "String")
            }
        }
        // The group names the Trust Authority cluster's vCenter (`domain-c8@192.168.210.22`, as exported).
        let vCenter = group.split(separator: "@").count == 2 ? String(group.split(separator: "@")[1]) : ""
        let bareCluster = clusterId.hasPrefix("TrustAuthorityCluster-") ? String(clusterId.dropFirst("TrustAuthorityCluster-".count)) : clusterId
        let service = TrustAuthorityService(kind: kind, address: address, port: port, group: group, trustAuthorityVCenter: vCenter,
                                            trustAuthorityClusterId: bareCluster, certificateChain: certificates)
        guard try context.shouldProcess(target: "\(address):\(port)", action: "Add \(label(kind))") else { return }
        let user = connection.sessionUser
        let registration = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.addServiceRegistration(service, by: user) }
        try context.write(.object(WorkloadObjects.serviceInfo(registration, connection)))
    }

    /// The set that takes the Trust Authority side's service objects (Get-TrustAuthorityAttestationService,
    /// Get-TrustAuthorityKeyProviderService): every object is checked before any is registered, and all are
    /// registered in one change.
    static func add<Kind: ObjectKind>(_ kind: TrustAuthorityService.Kind, services arguments: [ObjectArgument<Kind>], parameter: String,
                                      servers: [VIServerArgument], _ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.workloadConnection(servers, context)
        try session.requireTrustedAdmin(connection, context)
        let maker = kind == .attestation ? "Get-TrustAuthorityAttestationService" : "Get-TrustAuthorityKeyProviderService"
        var services: [TrustAuthorityService] = []
        for argument in arguments {
            guard case .object(let object) = argument, let service = object.baseObject as? TrustAuthorityService, service.kind == kind else {
                throw context.failure("The \(parameter) parameter takes the objects \(maker) returns.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                      category: .invalidArgument, reason: "ViError", targetName: parameter, targetType: "PSObject")
            }
            // As Import-TrustAuthorityServicesInfo refuses it: a vCenter's own Trust Authority services are not registered on it.
            guard !service.trustAuthorityVCenter.equalsIgnoringCase(connection.vCenter) else {
                throw context.failure("The \(label(kind)) '\(service.address):\(service.port)' is a service of a Trust Authority cluster of vCenter Server '\(connection.vCenter)'; register it on the workload vCenter Server of the trusted hosts (use -Server).",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError",
                                      targetName: "\(service.address):\(service.port)", targetType: "String")
            }
            services.append(service)
        }
        var confirmed: [TrustAuthorityService] = []
        for service in services where try context.shouldProcess(target: "\(service.address):\(service.port)", action: "Add \(label(kind))") {
            confirmed.append(service)
        }
        guard !confirmed.isEmpty else { return }
        let user = connection.sessionUser
        let registrations = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.addServiceRegistrations(confirmed, by: user) }
        for registration in registrations { try context.write(.object(WorkloadObjects.serviceInfo(registration, connection))) }
    }

    static func remove<Kind: ObjectKind>(_ kind: TrustAuthorityService.Kind, _ arguments: [ObjectArgument<Kind>], servers: [VIServerArgument],
                                         _ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        for argument in arguments {
            let (connection, id) = try WorkloadResolution.serviceInfo(argument, servers: servers, context)
            let user = connection.sessionUser
            let registrations = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.serviceRegistrations(kind, by: user) }
            guard let registration = registrations.first(where: { $0.id.equalsIgnoringCase(id) }) else {
                throw WorkloadFailure.of(.serviceRegistrationNotFound(id), context)
            }
            guard try context.shouldProcess(target: "\(registration.id) (\(registration.address):\(registration.port))", action: "Remove \(label(kind))") else { continue }
            try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.removeServiceRegistration(registration.id, by: user) }
        }
    }

    /// Adds (`apply`) or removes the services to or from a trusted cluster's applied configuration.
    static func change<Kind: ObjectKind>(_ kind: TrustAuthorityService.Kind, apply: Bool, cluster: TrustedClusterArgument, services: [ObjectArgument<Kind>],
                                         servers: [VIServerArgument], _ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let clusters = try WorkloadResolution.trustedClusters([cluster], servers: servers, context)
        guard clusters.count == 1, let (connection, trusted) = clusters.first else {
            throw InventoryResolution.notFound("TrustedCluster", LanguagePrimitives.toString(cluster.value), context)
        }
        let user = connection.sessionUser
        let clusterId = trusted.cluster.id
        var ids: [String] = []
        for service in services {
            let (serviceConnection, id) = try WorkloadResolution.serviceInfo(service, servers: servers, context)
            guard serviceConnection.vCenter.equalsIgnoringCase(connection.vCenter) else {
                throw context.failure("The \(label(kind)) '\(id)' is registered on vCenter Server '\(serviceConnection.vCenter)', not on '\(connection.vCenter)' of the trusted cluster '\(trusted.cluster.name)'.",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
            }
            ids.append(id)
        }
        for id in ids {
            let action = apply ? "Add \(label(kind)) '\(id)'" : "Remove \(label(kind)) '\(id)'"
            guard try context.shouldProcess(target: trusted.cluster.name, action: action) else { continue }
            if apply {
                try WorkloadFailure.run(context) { () throws(LabError) in _ = try session.lab.applyService(id, kind: kind, toTrustedCluster: clusterId, by: user) }
            } else {
                try WorkloadFailure.run(context) { () throws(LabError) in _ = try session.lab.unapplyService(id, kind: kind, fromTrustedCluster: clusterId, by: user) }
            }
        }
        let updated = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedCluster(clusterId, by: user) }
        try context.write(.object(GetTrustedClusterCommand.object(updated, connection)))
    }

    static func label(_ kind: TrustAuthorityService.Kind) -> String {
        kind == .attestation ? "AttestationServiceInfo" : "KeyProviderServiceInfo"
    }
}
