import Foundation

/// A trusted key provider of a Trust Authority cluster.
public struct KeyProvider: Sendable {
    public var name: String {
        get { storage.name }
        set { uniqueStorage.name = newValue }
    }
    public var clusterId: String {
        get { storage.clusterId }
        set { uniqueStorage.clusterId = newValue }
    }
    public var primaryKeyId: String {
        get { storage.primaryKeyId }
        set { uniqueStorage.primaryKeyId = newValue }
    }
    public var description: String {
        get { storage.description }
        set { uniqueStorage.description = newValue }
    }
    public var proxyAddress: String? {
        get { storage.proxyAddress }
        set { uniqueStorage.proxyAddress = newValue }
    }
    public var proxyPort: Int? {
        get { storage.proxyPort }
        set { uniqueStorage.proxyPort = newValue }
    }
    public var connectionTimeoutSeconds: Int {
        get { storage.connectionTimeoutSeconds }
        set { uniqueStorage.connectionTimeoutSeconds = newValue }
    }
    public var kmipServerUsername: String? {
        get { storage.kmipServerUsername }
        set { uniqueStorage.kmipServerUsername = newValue }
    }
    public var kmipServerPassword: String? {
        get { storage.kmipServerPassword }
        set { uniqueStorage.kmipServerPassword = newValue }
    }
    public var servers: [KeyProviderServer] {
        get { storage.servers }
        set { uniqueStorage.servers = newValue }
    }
    /// The client certificate the provider presents to its key servers, with its key when it has one.
    public var clientCertificate: CertificateInfo? {
        get { storage.clientCertificate }
        set { uniqueStorage.clientCertificate = newValue }
    }
    public var clientKey: PrivateKeyMaterial? {
        get { storage.clientKey }
        set { uniqueStorage.clientKey = newValue }
    }
    /// A pending certificate signing request and the key it was made with.
    public var signingRequest: CertificateRequest? {
        get { storage.signingRequest }
        set { uniqueStorage.signingRequest = newValue }
    }
    public var signingRequestKey: PrivateKeyMaterial? {
        get { storage.signingRequestKey }
        set { uniqueStorage.signingRequestKey = newValue }
    }
    public var trustedServerCertificates: [CertificateInfo] {
        get { storage.trustedServerCertificates }
        set { uniqueStorage.trustedServerCertificates = newValue }
    }
    var lastTrustChange: Date {
        get { storage.lastTrustChange }
        set { uniqueStorage.lastTrustChange = newValue }
    }
    /// With a status refresh delay: the provider as it was before the changes of the current delay
    /// window (zero or one element; an array because a struct cannot hold itself directly).
    var stateBeforeChange: [KeyProvider] {
        get { storage.stateBeforeChange }
        set { uniqueStorage.stateBeforeChange = newValue }
    }

    /// The fields, in one box shared by copies until one changes: a provider is copied on its way from the
    /// lab's cache to its PowerCLI object several times per cmdlet, and a copy is then one retain, not one per field.
    private var storage: Storage

    private var uniqueStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
            return storage
        }
    }

    /// Changed only while uniquely referenced (see `uniqueStorage`), so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        var name: String
        var clusterId: String
        var primaryKeyId: String
        var description: String
        var proxyAddress: String? = nil
        var proxyPort: Int? = nil
        var connectionTimeoutSeconds: Int
        var kmipServerUsername: String? = nil
        var kmipServerPassword: String? = nil
        var servers: [KeyProviderServer]
        var clientCertificate: CertificateInfo? = nil
        var clientKey: PrivateKeyMaterial? = nil
        var signingRequest: CertificateRequest? = nil
        var signingRequestKey: PrivateKeyMaterial? = nil
        var trustedServerCertificates: [CertificateInfo] = []
        var lastTrustChange: Date = .distantPast
        var stateBeforeChange: [KeyProvider] = []

        init(name: String, clusterId: String, primaryKeyId: String, description: String, servers: [KeyProviderServer],
             connectionTimeoutSeconds: Int) {
            self.name = name
            self.clusterId = clusterId
            self.primaryKeyId = primaryKeyId
            self.description = description
            self.servers = servers
            self.connectionTimeoutSeconds = connectionTimeoutSeconds
        }

        convenience init(copying other: Storage) {
            self.init(name: other.name, clusterId: other.clusterId, primaryKeyId: other.primaryKeyId, description: other.description,
                      servers: other.servers, connectionTimeoutSeconds: other.connectionTimeoutSeconds)
            proxyAddress = other.proxyAddress
            proxyPort = other.proxyPort
            kmipServerUsername = other.kmipServerUsername
            kmipServerPassword = other.kmipServerPassword
            clientCertificate = other.clientCertificate
            clientKey = other.clientKey
            signingRequest = other.signingRequest
            signingRequestKey = other.signingRequestKey
            trustedServerCertificates = other.trustedServerCertificates
            lastTrustChange = other.lastTrustChange
            stateBeforeChange = other.stateBeforeChange
        }
    }

    public init(name: String, clusterId: String, primaryKeyId: String, description: String = "", servers: [KeyProviderServer],
                connectionTimeoutSeconds: Int = 30) {
        storage = Storage(name: name, clusterId: clusterId, primaryKeyId: primaryKeyId, description: description, servers: servers,
                          connectionTimeoutSeconds: connectionTimeoutSeconds)
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
