/// Step 5's cmdlets beyond the seed page, as the Trust Authority administrator of the provider's vCenter:
/// `Set-/Remove-TrustAuthorityKeyProvider`, `Get-/Remove-TrustAuthorityKeyProviderServer`,
/// `Set-/Remove-TrustAuthorityKeyProviderServerCertificate`, the KMIP password.
extension Lab {
    /// The provider `name` if it belongs to a Trust Authority cluster of the user's vCenter.
    func administeredProvider(_ name: String, by user: SessionUser) throws(LabError) -> KeyProvider {
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
        _ = try administeredProvider(name, by: user)
        try updateProvider(named: name) { (provider: inout KeyProvider) throws(LabError) in
            guard let index = provider.servers.firstIndex(where: { $0.name.equalsIgnoringCase(server) })
                ?? provider.servers.firstIndex(where: { $0.address.equalsIgnoringCase(server) }) else {
                throw .keyProviderServerNotFound(provider: provider.name, server: server)
            }
            guard provider.servers.count > 1 else { throw .lastServer(provider.name) }
            provider.servers.remove(at: index)
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
        _ = try administeredProvider(name, by: user)
        try updateProvider(named: name) { (provider: inout KeyProvider) throws(LabError) in
            guard let index = provider.trustedServerCertificates.firstIndex(of: certificate) else {
                throw .serverCertificateNotTrusted(provider: provider.name, thumbprint: certificate.thumbprint)
            }
            provider.trustedServerCertificates.remove(at: index)
        }
    }
}
