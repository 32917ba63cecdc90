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

extension KeyProvider: Codable {
    private enum Field: String, CodingKey {
        case name, clusterId, primaryKeyId, description, proxyAddress, proxyPort, connectionTimeoutSeconds
        case kmipServerUsername, kmipServerPassword, servers, clientCertificate, clientKey, signingRequest
        case signingRequestKey, trustedServerCertificates, lastTrustChange, stateBeforeChange
    }

    /// Fields with a default may be missing: a lab stored by an earlier vtash still opens.
    public init(from decoder: any Decoder) throws {
        let stored = try decoder.container(keyedBy: Field.self)
        self.init(name: try stored.decode(String.self, forKey: .name), clusterId: try stored.decode(String.self, forKey: .clusterId),
                  primaryKeyId: try stored.decode(String.self, forKey: .primaryKeyId),
                  description: try stored.decodeIfPresent(String.self, forKey: .description) ?? "",
                  servers: try stored.decode([KeyProviderServer].self, forKey: .servers),
                  connectionTimeoutSeconds: try stored.decodeIfPresent(Int.self, forKey: .connectionTimeoutSeconds) ?? 30)
        proxyAddress = try stored.decodeIfPresent(String.self, forKey: .proxyAddress)
        proxyPort = try stored.decodeIfPresent(Int.self, forKey: .proxyPort)
        kmipServerUsername = try stored.decodeIfPresent(String.self, forKey: .kmipServerUsername)
        kmipServerPassword = try stored.decodeIfPresent(String.self, forKey: .kmipServerPassword)
        clientCertificate = try stored.decodeIfPresent(CertificateInfo.self, forKey: .clientCertificate)
        clientKey = try stored.decodeIfPresent(PrivateKeyMaterial.self, forKey: .clientKey)
        signingRequest = try stored.decodeIfPresent(CertificateRequest.self, forKey: .signingRequest)
        signingRequestKey = try stored.decodeIfPresent(PrivateKeyMaterial.self, forKey: .signingRequestKey)
        trustedServerCertificates = try stored.decodeIfPresent([CertificateInfo].self, forKey: .trustedServerCertificates) ?? []
        lastTrustChange = try stored.decodeIfPresent(Date.self, forKey: .lastTrustChange) ?? .distantPast
        stateBeforeChange = try stored.decodeIfPresent([KeyProvider].self, forKey: .stateBeforeChange) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var stored = encoder.container(keyedBy: Field.self)
        try stored.encode(name, forKey: .name)
        try stored.encode(clusterId, forKey: .clusterId)
        try stored.encode(primaryKeyId, forKey: .primaryKeyId)
        try stored.encode(description, forKey: .description)
        try stored.encodeIfPresent(proxyAddress, forKey: .proxyAddress)
        try stored.encodeIfPresent(proxyPort, forKey: .proxyPort)
        try stored.encode(connectionTimeoutSeconds, forKey: .connectionTimeoutSeconds)
        try stored.encodeIfPresent(kmipServerUsername, forKey: .kmipServerUsername)
        try stored.encodeIfPresent(kmipServerPassword, forKey: .kmipServerPassword)
        try stored.encode(servers, forKey: .servers)
        try stored.encodeIfPresent(clientCertificate, forKey: .clientCertificate)
        try stored.encodeIfPresent(clientKey, forKey: .clientKey)
        try stored.encodeIfPresent(signingRequest, forKey: .signingRequest)
        try stored.encodeIfPresent(signingRequestKey, forKey: .signingRequestKey)
        try stored.encode(trustedServerCertificates, forKey: .trustedServerCertificates)
        try stored.encode(lastTrustChange, forKey: .lastTrustChange)
        if !stateBeforeChange.isEmpty { try stored.encode(stateBeforeChange, forKey: .stateBeforeChange) }
    }
}
extension KeyProviderServer: Codable, Hashable {}
