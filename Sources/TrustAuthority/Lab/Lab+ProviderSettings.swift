/// Changing a key provider's settings and KMIP credential, each whole or not at all, with the checks
/// `New-TrustAuthorityKeyProvider` and `Add-TrustAuthorityKeyProviderServer` make.
extension Lab {
    /// A KMIP server port is 1 to 65535 (PowerCLI's message).
    public static func checkKMIPServerPort(_ port: Int) throws(LabError) {
        guard (1...65535).contains(port) else {
            throw .invalidKeyServer("The KMIP server port \(port) is not valid. Specify a port from 1 to 65535.")
        }
    }

    /// A new provider's settings checked (ports, at least one server, distinct server names), then stored.
    public func createProvider(_ provider: KeyProvider) throws(LabError) {
        try Self.checkServers(provider.servers, provider: provider.name)
        try addProvider(provider)
    }

    public func updateProviderSettings(named name: String, _ settings: KeyProviderSettings) throws(LabError) {
        if let servers = settings.servers { try Self.checkServers(servers, provider: name) }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            if let key = settings.primaryKeyId { kp.primaryKeyId = key }
            if let description = settings.description { kp.description = description }
            // An empty proxy address or user name removes it, as `KeyProviderChange` says (how a shell on a served
            // lab removes them, or puts back a provider that had none).
            if let address = settings.proxyAddress {
                kp.proxyAddress = address.isEmpty ? nil : address
                kp.proxyPort = address.isEmpty ? nil : settings.proxyPort
            }
            if let timeout = settings.connectionTimeoutSeconds { kp.connectionTimeoutSeconds = timeout }
            if let servers = settings.servers { kp.servers = servers }
            if let username = settings.kmipServerUsername { kp.kmipServerUsername = username.isEmpty ? nil : username }
        }
    }

    /// The password the provider gives its KMIP servers (`kms.providers.credential.set`).
    public func setKMIPPassword(provider name: String, _ password: String) throws(LabError) {
        if let endpoint { return try endpoint.setKMIPPassword(provider: name, password) }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            kp.kmipServerPassword = password
        }
    }

    private static func checkServers(_ servers: [KeyProviderServer], provider name: String) throws(LabError) {
        guard !servers.isEmpty else { throw .lastServer(name) }
        var seen: Set<String> = []
        for server in servers {
            try checkKMIPServerPort(server.port)
            guard seen.insert(server.name.lowercased()).inserted else { throw .serverExists(server.name) }
        }
    }
}
