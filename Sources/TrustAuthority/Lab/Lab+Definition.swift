/// The lab file that describes a lab (`vtash lab export`): its topology, and what was imported where, named
/// by what the lab made. Key providers and certificates from outside the lab are what operators create; a
/// principal, CA, key or image that is not the lab's own cannot be named and is left out.
extension Lab {
    public var definition: LabDefinition {
        let topology = (vCenters: vCenters, servers: keyServerOrder, delay: statusRefreshDelay)
        var servers: [KeyServerDefinition] = []
        for entry in topology.servers {
            switch entry {
            case .simulated(let server):
                servers.append(KeyServerDefinition(
                    address: server.address, port: server.port, username: server.username,
                    keys: server.engine.keys.map { KeyDefinition(id: $0.uniqueIdentifier, state: $0.state) }))
            case .live(let server):
                servers.append(KeyServerDefinition(address: server.address, port: server.port, live: true))
            }
        }
        var definition = LabDefinition(vCenters: topology.vCenters, keyServers: servers, statusRefreshDelay: topology.delay)
        let manufacturers = tpmManufacturers
        definition.tpmManufacturers = manufacturers.map(\.name)
        let hosts = inventory.hosts
        definition.hosts = hosts.map { host in
            VMHostDefinition(vCenter: host.vCenter, clusterId: host.clusterId, id: host.id, name: host.name, version: host.version,
                             build: host.build, tpmManufacturer: host.tpm?.manufacturer, virtualMachines: host.virtualMachines)
        }
        let configurations = (try? configurations()) ?? LabConfigurations(trustAuthority: [], workload: [])
        for vCenter in topology.vCenters {
            for cluster in vCenter.trustAuthorityClusters {
                let configuration = configurations.trustAuthority(vCenter: vCenter.address, clusterId: cluster.id)
                let imports = self.imports(configuration, vCenters: topology.vCenters, manufacturers: manufacturers, hosts: hosts)
                if !imports.isEmpty { definition.trustAuthorityImports.append(imports) }
            }
        }
        for vCenter in topology.vCenters {
            let workload = configurations.workload(vCenter: vCenter.address)
            for provider in workload.keyProviders {
                definition.workloadKeyProviders.append(WorkloadKeyProviderDefinition(
                    vCenter: vCenter.address, name: provider.name, kind: provider.kind, registered: provider.registered,
                    defaultForSystem: workload.defaultKeyProvider.map { $0.equalsIgnoringCase(provider.name) } ?? false))
            }
            var trustedNames = workload.registeredTrustedProviders
            if let chosen = workload.defaultKeyProvider, !workload.keyProviders.contains(where: { $0.name.equalsIgnoringCase(chosen) }),
               !trustedNames.contains(where: { $0.equalsIgnoringCase(chosen) }) {
                trustedNames.append(chosen)
            }
            for name in trustedNames {
                definition.workloadKeyProviders.append(WorkloadKeyProviderDefinition(
                    vCenter: vCenter.address, name: name, kind: .trusted,
                    registered: workload.registeredTrustedProviders.contains { $0.equalsIgnoringCase(name) },
                    defaultForSystem: workload.defaultKeyProvider.map { $0.equalsIgnoringCase(name) } ?? false))
            }
            for cluster in vCenter.clusters {
                let trusted = Self.trustedCluster(cluster, workload)
                guard let source = trusted.source else { continue }
                definition.trustedClusterImports.append(TrustedClusterImport(
                    vCenter: vCenter.address, clusterId: cluster.id, trustAuthorityVCenter: source.vCenter,
                    trustAuthorityClusterId: source.clusterId, applied: Self.appliedStatus(trusted).health == .ok))
            }
        }
        return definition
    }

    private func imports(_ configuration: TrustAuthorityConfiguration, vCenters: [VCenter], manufacturers: [TPMManufacturer],
                         hosts: [VMHost]) -> TrustAuthorityImports {
        var imports = TrustAuthorityImports(vCenter: configuration.vCenter, clusterId: configuration.clusterId,
                                            attestationSettings: configuration.attestationSettings)
        for principal in configuration.principals {
            if let vCenter = vCenters.first(where: { authority(of: $0.address)?.chain == principal.certificateChain }) {
                imports.principals.append(vCenter.address)
            }
        }
        for certificate in configuration.tpmCACertificates {
            if let manufacturer = manufacturers.first(where: { [$0.certificateAuthority.certificate] == certificate.certificateChain }) {
                imports.tpmCACertificates.append(manufacturer.name)
            }
        }
        for key in configuration.endorsementKeys {
            if let host = hosts.first(where: { $0.tpm?.endorsementKey.publicKey == key.publicKey }) { imports.endorsementKeys.append(host.name) }
        }
        imports.baseImages = configuration.baseImages.map(\.imageVersion)
        return imports
    }
}
