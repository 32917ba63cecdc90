import Foundation

/// Everything a lab makes for its definition before storing it: key servers with their CAs, each
/// vCenter's CA and signing certificate, TPM manufacturers' CAs, the hosts with their TPMs' endorsement
/// keys, and the configurations the lab file says were already imported. Made outside the store's
/// transaction (key generation takes time); only the insert holds the write lock.
struct LabMaterial {
    var keyServers: [StoredKeyServer] = []
    var authorities: [VCenterAuthority] = []
    var manufacturers: [TPMManufacturer] = []
    var hosts: [VMHost] = []
    var trustAuthorityConfigurations: [TrustAuthorityConfiguration] = []
    var workloadConfigurations: [WorkloadConfiguration] = []

    static func make(for definition: LabDefinition) throws(LabError) -> LabMaterial {
        var material = LabMaterial()
        do {
            for server in definition.keyServers {
                if server.live {
                    material.keyServers.append(.live(LiveKeyServer(address: server.address, port: server.port)))
                } else {
                    material.keyServers.append(.simulated(try SimulatedKeyServer.make(
                        address: server.address, port: server.port, username: server.username, keys: server.keys)))
                }
            }
            for vCenter in definition.vCenters {
                material.authorities.append(try VCenterAuthority.make(vCenter: vCenter.address, ssoDomain: vCenter.ssoDomain))
            }
            for name in definition.tpmManufacturers {
                material.manufacturers.append(try TPMManufacturer.make(name: name))
            }
        } catch {
            throw .certificate(error)
        }
        material.hosts = try makeHosts(definition.hosts, manufacturers: material.manufacturers)
        try material.addImports(definition)
        return material
    }

    /// The hosts with a new endorsement key for each TPM, made on every core (2,000 hosts, 2,000 keys).
    private static func makeHosts(_ definitions: [VMHostDefinition], manufacturers: [TPMManufacturer]) throws(LabError) -> [VMHost] {
        var byName: [String: TPMManufacturer] = [:]
        for manufacturer in manufacturers { byName[manufacturer.name.lowercased()] = manufacturer }
        for host in definitions {
            if let name = host.tpmManufacturer, byName[name.lowercased()] == nil {
                throw .labDefinition("the host '\(host.name)' has a TPM of '\(name)', which is not one of the lab's TPM manufacturers")
            }
        }
        let known = byName
        do {
            return try OrderedChunks<VMHost>.map(definitions, minimumPerChunk: 32) { definition in
                var tpm: HostTPM?
                if let name = definition.tpmManufacturer, let manufacturer = known[name.lowercased()] {
                    tpm = HostTPM(manufacturer: manufacturer.name, endorsementKey: try manufacturer.makeEndorsementKey(hostName: definition.name))
                }
                return VMHost(id: definition.id, name: definition.name, vCenter: definition.vCenter, clusterId: definition.clusterId,
                              version: definition.version, build: definition.build, tpm: tpm, virtualMachines: definition.virtualMachines)
            }
        } catch let error as CertificateError {
            throw .certificate(error)
        } catch {
            throw .labDefinition("\(error)")
        }
    }

    private mutating func addImports(_ definition: LabDefinition) throws(LabError) {
        func authority(_ address: String) -> VCenterAuthority? {
            authorities.first { $0.vCenter.equalsIgnoringCase(address) }
        }
        for imports in definition.trustAuthorityImports {
            var configuration = TrustAuthorityConfiguration(vCenter: imports.vCenter, clusterId: imports.clusterId,
                                                            attestationSettings: imports.attestationSettings)
            for address in imports.principals {
                guard let vCenter = definition.vCenters.first(where: { $0.address.equalsIgnoringCase(address) }),
                      let authority = authority(address) else {
                    throw .labDefinition("the principal of '\(address)' cannot be imported: the lab has no such vCenter")
                }
                configuration.principals.append(TrustedPrincipal(vCenter: vCenter, authority: authority))
            }
            for name in imports.tpmCACertificates {
                guard let manufacturer = manufacturers.first(where: { $0.name.equalsIgnoringCase(name) }) else {
                    throw .labDefinition("the TPM CA certificate of '\(name)' cannot be imported: the lab has no such TPM manufacturer")
                }
                let certificate = manufacturer.certificateAuthority.certificate
                configuration.tpmCACertificates.append(Tpm2CACertificate(name: Tpm2CACertificate.defaultName(certificate),
                                                                         certificateChain: [certificate]))
            }
            for name in imports.endorsementKeys {
                guard let key = hosts.first(where: { $0.name.equalsIgnoringCase(name) })?.tpm?.endorsementKey else {
                    throw .labDefinition("the endorsement key of '\(name)' cannot be imported: the lab has no such host with a TPM")
                }
                configuration.endorsementKeys.append(key)
            }
            for written in imports.baseImages {
                guard let image = VMHostBaseImage(imageVersion: written) else {
                    throw .labDefinition("'\(written)' is not a base image version such as 7.0.3-21930508")
                }
                configuration.baseImages.append(image)
            }
            trustAuthorityConfigurations.append(configuration)
        }
        var workloads: [String: WorkloadConfiguration] = [:]
        var order: [String] = []
        func workload(_ address: String) -> WorkloadConfiguration {
            if workloads[address.lowercased()] == nil { order.append(address.lowercased()) }
            return workloads[address.lowercased()] ?? WorkloadConfiguration(vCenter: address)
        }
        for entry in definition.workloadKeyProviders {
            var configuration = workload(entry.vCenter)
            if entry.kind == .trusted {
                if entry.registered { configuration.registeredTrustedProviders.append(entry.name) }
            } else {
                configuration.keyProviders.append(WorkloadKeyProvider(name: entry.name, kind: entry.kind, registered: entry.registered))
            }
            if entry.defaultForSystem { configuration.defaultKeyProvider = entry.name }
            workloads[entry.vCenter.lowercased()] = configuration
        }
        for entry in definition.trustedClusterImports {
            guard let taVCenter = definition.vCenters.first(where: { $0.address.equalsIgnoringCase(entry.trustAuthorityVCenter) }),
                  let cluster = taVCenter.trustAuthorityClusters.first(where: { $0.id.equalsIgnoringCase(entry.trustAuthorityClusterId) })
            else {
                throw .labDefinition("the services info of Trust Authority cluster '\(entry.trustAuthorityClusterId)' on '\(entry.trustAuthorityVCenter)' cannot be imported: the lab has no such cluster")
            }
            let services = TrustAuthorityService.services(of: cluster, vCenter: taVCenter.address, hosts: hosts,
                                                          authority: authority(taVCenter.address))
            var configuration = workload(entry.vCenter)
            var trusted = TrustedClusterConfiguration(
                clusterId: entry.clusterId,
                source: ServicesInfo.Source(vCenter: taVCenter.address, clusterId: cluster.id, clusterName: cluster.name),
                desired: services)
            let registrations = services.map { configuration.registration(for: $0) }
            if entry.applied { trusted.applied = registrations.map(\.id) }
            configuration.setTrustedCluster(trusted)
            workloads[entry.vCenter.lowercased()] = configuration
        }
        workloadConfigurations = order.compactMap { workloads[$0] }
    }
}
