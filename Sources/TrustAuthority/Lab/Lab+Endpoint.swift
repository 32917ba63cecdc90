/// What the key-provider operations answer while the shell is connected to a served lab (`endpoint`).
extension Lab {
    /// Every provider's key server names, in order (Tab completion): on a served lab the endpoint's few calls, not
    /// the providers with their certificates.
    public func providerServerNames() -> [String] {
        if let endpoint { return (try? endpoint.providerServerNames()) ?? [] }
        return keyProviders.flatMap { $0.servers.map(\.name) }
    }

    /// `$kp.Status` as the served lab computes it; when it cannot be asked, an Error status that says why
    /// (the status of a provider is never a terminating error, as in PowerCLI).
    static func servedStatus(of provider: KeyProvider, _ endpoint: any LabEndpoint) -> ProviderStatus {
        do {
            return try endpoint.status(of: provider)
        } catch {
            return ProviderStatus(providerId: provider.id, health: .error, details: [error.message], servers: [])
        }
    }

    /// `Set-TrustAuthorityKeyProvider` on a served lab: the settings (`kms.providers.update`, checked there as here),
    /// then the KMIP password (`credential.set`) when one is given. Two calls, one change for the operator: every
    /// value is checked before the first call, and when the second is refused the provider's previous settings are
    /// put back before the refusal is reported.
    func servedSetKeyProvider(_ name: String, _ change: KeyProviderChange, _ endpoint: any LabEndpoint) throws(LabError) -> KeyProvider {
        // Checked here first, as the local lab checks it, so a bad change sends nothing.
        guard let before = try endpoint.findProvider(named: name) else { throw .providerNotFound(name) }
        var provider = before
        try change.apply(to: &provider)
        let settings = KeyProviderSettings(primaryKeyId: change.primaryKeyId, description: change.description, proxyAddress: change.proxyAddress,
                                           proxyPort: change.proxyPort, connectionTimeoutSeconds: change.connectionTimeoutSeconds,
                                           kmipServerUsername: change.kmipServerUsername)
        let changesSettings = settings != KeyProviderSettings()
        if changesSettings { try endpoint.updateProviderSettings(named: provider.name, settings) }
        if let password = change.kmipServerPassword {
            do {
                try endpoint.setKMIPPassword(provider: provider.name, password)
            } catch {
                if changesSettings { try? endpoint.updateProviderSettings(named: provider.name, Self.settings(of: before)) }
                throw error
            }
        }
        guard let stored = try endpoint.findProvider(named: provider.name) else { throw .providerNotFound(name) }
        return stored
    }

    /// Every setting `Set-TrustAuthorityKeyProvider` changes, as `provider` has it (an empty proxy address and user
    /// name remove them).
    static func settings(of provider: KeyProvider) -> KeyProviderSettings {
        KeyProviderSettings(primaryKeyId: provider.primaryKeyId, description: provider.description, proxyAddress: provider.proxyAddress ?? "",
                            proxyPort: provider.proxyPort, connectionTimeoutSeconds: provider.connectionTimeoutSeconds,
                            kmipServerUsername: provider.kmipServerUsername ?? "")
    }
}
