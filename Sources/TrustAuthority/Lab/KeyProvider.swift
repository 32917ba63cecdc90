import Foundation
import ValueStorage

/// A trusted key provider of a Trust Authority cluster.
public struct KeyProvider: Sendable {
    public var name: String {
        get { storage.fields.name }
        set { storage.fields.name = newValue }
    }
    public var clusterId: String {
        get { storage.fields.clusterId }
        set { storage.fields.clusterId = newValue }
    }
    public var primaryKeyId: String {
        get { storage.fields.primaryKeyId }
        set { storage.fields.primaryKeyId = newValue }
    }
    public var description: String {
        get { storage.fields.description }
        set { storage.fields.description = newValue }
    }
    public var proxyAddress: String? {
        get { storage.fields.proxyAddress }
        set { storage.fields.proxyAddress = newValue }
    }
    public var proxyPort: Int? {
        get { storage.fields.proxyPort }
        set { storage.fields.proxyPort = newValue }
    }
    public var connectionTimeoutSeconds: Int {
        get { storage.fields.connectionTimeoutSeconds }
        set { storage.fields.connectionTimeoutSeconds = newValue }
    }
    public var kmipServerUsername: String? {
        get { storage.fields.kmipServerUsername }
        set { storage.fields.kmipServerUsername = newValue }
    }
    public var kmipServerPassword: String? {
        get { storage.fields.kmipServerPassword }
        set { storage.fields.kmipServerPassword = newValue }
    }
    public var servers: [KeyProviderServer] {
        get { storage.fields.servers }
        set { storage.fields.servers = newValue }
    }
    /// The client certificate the provider presents to its key servers, with its key when it has one.
    public var clientCertificate: CertificateInfo? {
        get { storage.fields.clientCertificate }
        set { storage.fields.clientCertificate = newValue }
    }
    public var clientKey: PrivateKeyMaterial? {
        get { storage.fields.clientKey }
        set { storage.fields.clientKey = newValue }
    }
    /// A pending certificate signing request and the key it was made with.
    public var signingRequest: CertificateRequest? {
        get { storage.fields.signingRequest }
        set { storage.fields.signingRequest = newValue }
    }
    public var signingRequestKey: PrivateKeyMaterial? {
        get { storage.fields.signingRequestKey }
        set { storage.fields.signingRequestKey = newValue }
    }
    public var trustedServerCertificates: [CertificateInfo] {
        get { storage.fields.trustedServerCertificates }
        set { storage.fields.trustedServerCertificates = newValue }
    }
    var lastTrustChange: Date {
        get { storage.fields.lastTrustChange }
        set { storage.fields.lastTrustChange = newValue }
    }
    /// With a status refresh delay: the provider as it was before the changes of the current delay
    /// window (zero or one element; an array because a struct cannot hold itself directly).
    var stateBeforeChange: [KeyProvider] {
        get { storage.fields.stateBeforeChange }
        set { storage.fields.stateBeforeChange = newValue }
    }

    /// The fields, in one box shared by copies until one changes: a provider is copied on its way from the
    /// lab's cache to its PowerCLI object several times per cmdlet, and a copy is then one retain, not one per field.
    private var storage: CopyOnWriteBox<Fields>

    private struct Fields: Sendable {
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
    }

    public init(name: String, clusterId: String, primaryKeyId: String, description: String = "", servers: [KeyProviderServer],
                connectionTimeoutSeconds: Int = 30) {
        storage = CopyOnWriteBox(Fields(name: name, clusterId: clusterId, primaryKeyId: primaryKeyId, description: description,
                                        connectionTimeoutSeconds: connectionTimeoutSeconds, servers: servers))
    }

    /// `domain-c8-clkp`.
    public var id: String { "\(clusterId)-\(name)" }
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
