/// What `Set-TrustAuthorityKeyProvider` changes; nil leaves a field as it is. An empty proxy address
/// removes the proxy (address and port).
public struct KeyProviderChange: Sendable, Equatable {
    public var description: String?
    public var primaryKeyId: String?
    public var proxyAddress: String?
    public var proxyPort: Int?
    public var connectionTimeoutSeconds: Int?
    public var kmipServerUsername: String?
    public var kmipServerPassword: String?

    public init(description: String? = nil, primaryKeyId: String? = nil, proxyAddress: String? = nil, proxyPort: Int? = nil,
                connectionTimeoutSeconds: Int? = nil, kmipServerUsername: String? = nil, kmipServerPassword: String? = nil) {
        self.description = description
        self.primaryKeyId = primaryKeyId
        self.proxyAddress = proxyAddress
        self.proxyPort = proxyPort
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
        self.kmipServerUsername = kmipServerUsername
        self.kmipServerPassword = kmipServerPassword
    }

    /// Applies the change to `provider`, refusing values vCenter would refuse.
    func apply(to provider: inout KeyProvider) throws(LabError) {
        if let primaryKeyId {
            guard !primaryKeyId.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalidKeyProviderSetting("The primary key id must not be empty. Give the id of a key on the key server.")
            }
            provider.primaryKeyId = primaryKeyId
        }
        if let description { provider.description = description }
        if let proxyAddress {
            if proxyAddress.isEmpty {
                provider.proxyAddress = nil
                provider.proxyPort = nil
            } else {
                guard !proxyAddress.contains(where: { $0.isWhitespace || $0 == "/" }) else {
                    throw .invalidKeyProviderSetting("'\(proxyAddress)' is not a proxy address. Give a host name or an IP address.")
                }
                provider.proxyAddress = proxyAddress
            }
        }
        if let proxyPort {
            guard (1...65_535).contains(proxyPort) else {
                throw .invalidKeyProviderSetting("The proxy port \(proxyPort) is not valid. Specify a port from 1 to 65535.")
            }
            guard provider.proxyAddress != nil else {
                throw .invalidKeyProviderSetting("The ProxyPort parameter works only together with a proxy address (ProxyAddress).")
            }
            provider.proxyPort = proxyPort
        }
        if let connectionTimeoutSeconds {
            guard connectionTimeoutSeconds > 0 else {
                throw .invalidKeyProviderSetting("The connection timeout \(connectionTimeoutSeconds) is not valid. Specify a number of seconds greater than 0.")
            }
            provider.connectionTimeoutSeconds = connectionTimeoutSeconds
        }
        if let kmipServerUsername { provider.kmipServerUsername = kmipServerUsername.isEmpty ? nil : kmipServerUsername }
        if let kmipServerPassword { provider.kmipServerPassword = kmipServerPassword.isEmpty ? nil : kmipServerPassword }
    }
}
