import Foundation

/// Step 8 of the procedure, on the workload vCenter: the key providers it sees (`Get-KeyProvider`), the
/// registration of trusted ones (`Register-KeyProvider`), the default one (`Set-KeyProvider
/// -DefaultForSystem`), and their health.
extension Lab {
    /// The key providers of the user's vCenter: its standard and native ones, then the trusted key
    /// providers of every Trust Authority cluster whose key provider service the vCenter registered.
    /// `kinds` nil lists every kind.
    public func workloadKeyProviders(kinds: Set<WorkloadKeyProvider.Kind>? = nil, by user: SessionUser) throws(LabError) -> [WorkloadKeyProvider] {
        let vCenter = try authorize(user)
        let configuration = try configurations().workload(vCenter: vCenter.address)
        var all = configuration.keyProviders.map { provider -> WorkloadKeyProvider in
            var listed = provider
            listed.defaultForSystem = configuration.defaultKeyProvider.map { $0.equalsIgnoringCase(provider.name) } ?? false
            return listed
        }
        var clusters: [(clusterId: String, vCenter: String)] = []
        for registration in configuration.registrations where registration.kind == .keyProvider {
            let reached = (registration.trustAuthorityClusterId, registration.service.trustAuthorityVCenter)
            if !clusters.contains(where: { $0.clusterId.equalsIgnoringCase(reached.0) && $0.vCenter.equalsIgnoringCase(reached.1) }) {
                clusters.append(reached)
            }
        }
        for provider in try providers() {
            guard let cluster = clusters.first(where: { $0.clusterId.equalsIgnoringCase(provider.clusterId) }) else { continue }
            all.append(WorkloadKeyProvider(
                name: provider.name, kind: .trusted,
                registered: configuration.registeredTrustedProviders.contains { $0.equalsIgnoringCase(provider.name) },
                defaultForSystem: configuration.defaultKeyProvider.map { $0.equalsIgnoringCase(provider.name) } ?? false,
                trustAuthorityClusterId: cluster.clusterId, trustAuthorityVCenter: cluster.vCenter))
        }
        guard let kinds else { return all }
        return all.filter { kinds.contains($0.kind) }
    }

    private func workloadKeyProvider(_ name: String, by user: SessionUser) throws(LabError) -> WorkloadKeyProvider {
        guard let provider = try workloadKeyProviders(by: user).first(where: { $0.name.equalsIgnoringCase(name) }) else {
            throw .workloadKeyProviderNotFound(name: name, vCenter: try authorize(user).address)
        }
        return provider
    }

    /// `Register-KeyProvider`: a trusted or native key provider becomes usable by the vCenter; a standard
    /// key provider (type KeyProvider) cannot be registered.
    @discardableResult
    public func registerKeyProvider(_ name: String, by user: SessionUser) throws(LabError) -> WorkloadKeyProvider {
        let vCenter = try authorize(user)
        let provider = try workloadKeyProvider(name, by: user)
        guard provider.kind != .standard else { throw .cannotRegisterStandardKeyProvider(provider.name) }
        try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            if provider.kind == .trusted {
                if !configuration.registeredTrustedProviders.contains(where: { $0.equalsIgnoringCase(provider.name) }) {
                    configuration.registeredTrustedProviders.append(provider.name)
                }
            } else if let index = configuration.keyProviders.firstIndex(where: { $0.name.equalsIgnoringCase(provider.name) }) {
                configuration.keyProviders[index].registered = true
            }
        }
        return try workloadKeyProvider(name, by: user)
    }

    /// `Set-KeyProvider -DefaultForSystem`: the vCenter's default key provider (any kind).
    @discardableResult
    public func setDefaultKeyProvider(_ name: String, by user: SessionUser) throws(LabError) -> WorkloadKeyProvider {
        let vCenter = try authorize(user)
        let provider = try workloadKeyProvider(name, by: user)
        try updateWorkloadConfiguration(vCenter: vCenter.address) { (configuration: inout WorkloadConfiguration) throws(LabError) in
            configuration.defaultKeyProvider = provider.name
        }
        return try workloadKeyProvider(name, by: user)
    }

    /// The health of a key provider as the user's vCenter sees it. A trusted key provider is Ok only when
    /// the Trust Authority key provider's own status (`status(of:)`) is Ok and every host of every trusted
    /// cluster that has its key provider service applied passes attestation; Warning when no trusted
    /// cluster uses it yet. Standard and native providers are not checked (None).
    public func workloadKeyProviderStatus(_ name: String, by user: SessionUser, at date: Date = Date()) throws(LabError) -> WorkloadKeyProviderStatus {
        let provider = try workloadKeyProvider(name, by: user)
        guard provider.kind == .trusted, let clusterId = provider.trustAuthorityClusterId else {
            return WorkloadKeyProviderStatus(name: provider.name, health: .none,
                                             details: ["The health of a \(provider.kind.rawValue) is not checked by vSphere Trust Authority."])
        }
        var details: [String] = []
        if let taProvider = try findProvider(named: provider.name) {
            let status = status(of: statusSubject(taProvider, at: date), at: date)
            if status.health != .ok {
                details.append("The Trust Authority key provider '\(provider.name)' is not healthy (\(status.health.rawValue)).")
                details += status.details
            }
        }
        let trusted = try trustedClusters(by: user).filter { cluster in
            cluster.keyProviderServices.contains { $0.trustAuthorityClusterId.equalsIgnoringCase(clusterId) }
        }
        if trusted.isEmpty {
            details.append("No trusted cluster has the key provider service of Trust Authority cluster '\(clusterId)' applied.")
            return WorkloadKeyProviderStatus(name: provider.name, health: .warning, details: details)
        }
        for cluster in trusted {
            for attestation in try attestations(ofTrustedCluster: cluster.cluster.id, by: user, at: date) where attestation.status == .failed {
                details.append("The host '\(attestation.hostName)' of trusted cluster '\(cluster.cluster.name)' failed attestation: "
                    + attestation.failedChecks.map(\.reason).joined(separator: " "))
            }
        }
        return WorkloadKeyProviderStatus(name: provider.name, health: details.isEmpty ? .ok : .error, details: details)
    }
}
