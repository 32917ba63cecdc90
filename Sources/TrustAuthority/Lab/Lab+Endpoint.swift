/// What the key-provider operations answer while the shell is connected to a served lab (`endpoint`).
extension Lab {
    /// `$kp.Status` as the served lab computes it; when it cannot be asked, an Error status that says why
    /// (the status of a provider is never a terminating error, as in PowerCLI).
    static func servedStatus(of provider: KeyProvider, _ endpoint: any LabEndpoint) -> ProviderStatus {
        do {
            return try endpoint.status(of: provider)
        } catch {
            return ProviderStatus(providerId: provider.id, health: .error, details: [error.message], servers: [])
        }
    }
}
