/// Step 5's cmdlets beyond the seed page, as the Trust Authority administrator of the provider's vCenter:
/// `Set-/Remove-TrustAuthorityKeyProvider`, `Get-/Remove-TrustAuthorityKeyProviderServer`,
/// `Set-/Remove-TrustAuthorityKeyProviderServerCertificate`, the KMIP password.
extension Lab {
    /// The provider `name` if it belongs to a Trust Authority cluster of the user's vCenter.
    func administeredProvider(_ name: String, by user: SessionUser) throws(LabError) -> KeyProvider {
        // A served lab answers only for its own vCenter's providers, and applies the TrustedAdmins rule itself.
        if let endpoint {
            guard let provider = try endpoint.findProvider(named: name) else { throw .providerNotFound(name) }
            return provider
        }
        let vCenter = try authorize(user)
        guard let provider = try findProvider(named: name),
              vCenter.trustAuthorityClusters.contains(where: { $0.id.equalsIgnoringCase(provider.clusterId) }) else {
            throw .providerNotFound(name)
        }
        return provider
    }

    /// The key providers of the Trust Authority cluster `clusterId` of the user's vCenter.
    public func keyProviders(of clusterId: String, by user: SessionUser) throws(LabError) -> [KeyProvider] {
        if let endpoint {
            let clusters = try endpoint.trustAuthorityClusters()
            guard let cluster = clusters.first(where: { $0.id.equalsIgnoringCase(clusterId) || $0.trustAuthorityClusterId.equalsIgnoringCase(clusterId) || $0.name.equalsIgnoringCase(clusterId) }) else {
                throw .trustAuthorityClusterNotFound(cluster: clusterId, vCenter: endpoint.address)
            }
            return try endpoint.providers().filter { $0.clusterId.equalsIgnoringCase(cluster.id) }
        }
        let (_, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        return try providers().filter { $0.clusterId.equalsIgnoringCase(cluster.id) }
    }

    /// `Set-TrustAuthorityKeyProvider`: applies `change` whole or not at all; returns the provider as stored.
    @discardableResult
    public func setKeyProvider(_ name: String, _ change: KeyProviderChange, by user: SessionUser) throws(LabError) -> KeyProvider {
        if let endpoint { return try servedSetKeyProvider(name, change, endpoint) }
        _ = try administeredProvider(name, by: user)
        try updateProvider(named: name) { (provider: inout KeyProvider) throws(LabError) in try change.apply(to: &provider) }
        guard let stored = try findProvider(named: name) else { throw .providerNotFound(name) }
        return stored
    }

    /// `Remove-TrustAuthorityKeyProvider`.
    public func removeKeyProvider(_ name: String, by user: SessionUser) throws(LabError) {
        if let endpoint { return try endpoint.removeProvider(named: name) }
        _ = try administeredProvider(name, by: user)
        try removeProvider(named: name)
    }

    /// `Get-TrustAuthorityKeyProviderServer`: the provider's key servers, in the order they were added.
    public func keyProviderServers(of name: String, by user: SessionUser) throws(LabError) -> [KeyProviderServer] {
        try administeredProvider(name, by: user).servers
    }

    /// `Remove-TrustAuthorityKeyProviderServer`: the server named `server` (its name or address); the
    /// provider's last server cannot be removed.
    public func removeKeyProviderServer(provider name: String, server: String, by user: SessionUser) throws(LabError) {
        let administered = try administeredProvider(name, by: user)
        func remove(_ provider: inout KeyProvider) throws(LabError) {
            guard let index = provider.servers.firstIndex(where: { $0.name.equalsIgnoringCase(server) })
                ?? provider.servers.firstIndex(where: { $0.address.equalsIgnoringCase(server) }) else {
                throw .keyProviderServerNotFound(provider: provider.name, server: server)
            }
            guard provider.servers.count > 1 else { throw .lastServer(provider.name) }
            provider.servers.remove(at: index)
        }
        try changeServedOrLocal(administered, remove)
    }

    /// Runs `change` on the provider: on a served lab, on the provider as it answered and then sent as its whole server
    /// list and trusted certificates (`kms.providers.update`, `trusted_peer_certificates.update`), else in one transaction here.
    func changeServedOrLocal(_ provider: KeyProvider, _ change: (inout KeyProvider) throws(LabError) -> Void) throws(LabError) {
        guard let endpoint else { return try updateProvider(named: provider.name, change) }
        var changed = provider
        try change(&changed)
        if changed.servers != provider.servers {
            try endpoint.updateProviderSettings(named: provider.name, KeyProviderSettings(servers: changed.servers))
        }
        if changed.trustedServerCertificates != provider.trustedServerCertificates {
            try endpoint.replaceTrustedServerCertificates(provider: provider.name, changed.trustedServerCertificates)
        }
    }

    /// `Set-TrustAuthorityKeyProviderServerCertificate`: the provider trusts exactly `certificates`.
    public func replaceTrustedServerCertificates(provider name: String, _ certificates: [CertificateInfo], by user: SessionUser) throws(LabError) {
        _ = try administeredProvider(name, by: user)
        var unique: [CertificateInfo] = []
        for certificate in certificates where !unique.contains(certificate) { unique.append(certificate) }
        try replaceTrustedServerCertificates(provider: name, unique)
    }

    /// `Remove-TrustAuthorityKeyProviderServerCertificate`: the provider no longer trusts `certificate`.
    public func removeTrustedServerCertificate(provider name: String, _ certificate: CertificateInfo, by user: SessionUser) throws(LabError) {
        let administered = try administeredProvider(name, by: user)
        try changeServedOrLocal(administered) { (provider: inout KeyProvider) throws(LabError) in
            guard let index = provider.trustedServerCertificates.firstIndex(of: certificate) else {
                throw .serverCertificateNotTrusted(provider: provider.name, thumbprint: certificate.thumbprint)
            }
            provider.trustedServerCertificates.remove(at: index)
        }
    }
}
