import Foundation

/// A trusted key provider of a Trust Authority cluster.
public struct KeyProvider: Sendable {
    public var name: String
    public var clusterId: String
    public var primaryKeyId: String
    public var description: String
    public var proxyAddress: String?
    public var proxyPort: Int?
    public var connectionTimeoutSeconds: Int
    public var kmipServerUsername: String?
    public var kmipServerPassword: String?
    public var servers: [KeyProviderServer]
    /// The client certificate the provider presents to its key servers, with its key when it has one.
    public var clientCertificate: CertificateInfo?
    public var clientKey: PrivateKeyMaterial?
    /// A pending certificate signing request and the key it was made with.
    public var signingRequest: CertificateRequest?
    public var signingRequestKey: PrivateKeyMaterial?
    public var trustedServerCertificates: [CertificateInfo] = []
    var lastTrustChange: Date = .distantPast
    /// With a status refresh delay: the provider as it was before the changes of the current delay
    /// window (zero or one element; an array because a struct cannot hold itself directly).
    var stateBeforeChange: [KeyProvider] = []

    public init(name: String, clusterId: String, primaryKeyId: String, description: String = "", servers: [KeyProviderServer],
                connectionTimeoutSeconds: Int = 30) {
        self.name = name
        self.clusterId = clusterId
        self.primaryKeyId = primaryKeyId
        self.description = description
        self.servers = servers
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
    }

    /// `domain-c8-clkp`.
    public var id: String { "\(clusterId)-\(name)" }
}

/// One key server entry of a key provider.
public struct KeyProviderServer: Sendable {
    public var name: String
    public var address: String
    public var port: Int

    public init(name: String, address: String, port: Int) {
        self.name = name
        self.address = address
        self.port = port
    }

    /// `domain-c8-clkp:192.168.110.91`.
    public func id(provider: KeyProvider) -> String { "\(provider.id):\(name)" }
}

extension KeyProvider: Codable {}
extension KeyProviderServer: Codable, Equatable {}
