/// A change of a key provider's settings (`Set-TrustAuthorityKeyProvider`, `kms.providers.update`): each
/// field that is set replaces the provider's; nil leaves it as it is.
public struct KeyProviderSettings: Sendable, Equatable {
    public var primaryKeyId: String?
    public var description: String?
    public var proxyAddress: String?
    public var proxyPort: Int?
    public var connectionTimeoutSeconds: Int?
    /// The whole list of the provider's key servers.
    public var servers: [KeyProviderServer]?
    public var kmipServerUsername: String?

    public init(primaryKeyId: String? = nil, description: String? = nil, proxyAddress: String? = nil, proxyPort: Int? = nil,
                connectionTimeoutSeconds: Int? = nil, servers: [KeyProviderServer]? = nil, kmipServerUsername: String? = nil) {
        self.primaryKeyId = primaryKeyId
        self.description = description
        self.proxyAddress = proxyAddress
        self.proxyPort = proxyPort
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
        self.servers = servers
        self.kmipServerUsername = kmipServerUsername
    }
}
