import Foundation
import KMIP

/// A key server (KMS) simulated inside the lab: its own CA and server certificate, a trust store of
/// client certificates, and a KMIP `KeyServerEngine` holding the keys. It decides trust by verifying
/// certificates, never by flags, and answers KMIP through the same codec as a live server.
public struct SimulatedKeyServer: Sendable {
    public var address: String
    public var port: Int
    public var username: String
    public var certificateAuthority: CertificateAuthority
    public var serverCertificate: IssuedCertificate
    /// Client certificates uploaded by the KMS administrator (trusted directly).
    public var trustedClientCertificates: [CertificateInfo]
    /// The server's key store. A reference: copies of this value are the same server, and the engine
    /// serialises its own changes.
    public let engine: KeyServerEngine

    /// The operation policy of the keys the administrator creates: any authenticated client may read them,
    /// as PyKMIP's "shared" policy allows (the lab script installs the same policy on a live PyKMIP).
    static let keyPolicy = "shared"

    /// A server whose CA and server certificate are made now. `keyIds` are created Active, owned by
    /// `username`; empty or repeated ids are skipped.
    public static func make(address: String, port: Int, username: String, keyIds: [String]) throws(CertificateError) -> SimulatedKeyServer {
        try make(address: address, port: port, username: username, keys: keyIds.map { KeyDefinition(id: $0) })
    }

    /// A server whose CA and server certificate are made now, holding `keys` (owned by `username`).
    public static func make(address: String, port: Int, username: String, keys: [KeyDefinition]) throws(CertificateError) -> SimulatedKeyServer {
        // P-256 keeps lab creation fast; the subject is shaped like the seed's example issuer
        // (`O=<host>.eng.vmware.com, C=US, DC=local, DC=vsphere, CN=CA`).
        let ca = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "CA", organization: authorityHost(address) + ".eng.vmware.com", country: "US",
                                        domainComponents: ["vsphere", "local"]),
            algorithm: .p256)
        let server = try ca.issueServerCertificate(
            subject: CertificateSubject(commonName: address, organizationalUnit: "VMware Engineering", organization: "VMware",
                                        locality: "Palo Alto", state: "California", country: "US", email: "kms-admin@vsphere.local"),
            alternativeNames: [AlternativeName.forAddress(address)], algorithm: .p256)
        let engine = KeyServerEngine(vendorIdentification: "vtash simulated KMIP server \(address)")
        for key in keys {
            // Only an empty or repeated id can fail; the lab just does not create it.
            _ = try? engine.createKey(uniqueIdentifier: key.id, owner: username, state: key.state, operationPolicyName: keyPolicy)
        }
        return SimulatedKeyServer(address: address, port: port, username: username, certificateAuthority: ca,
                                  serverCertificate: server, trustedClientCertificates: [], engine: engine)
    }

    /// `kms-192-168-110-91` for an IP address, the first label of a host name.
    static func authorityHost(_ address: String) -> String {
        if address.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) {
            return "kms-" + address.map { $0 == "." || $0 == ":" ? "-" : String($0) }.joined()
        }
        return String(address.split(separator: ".").first ?? Substring(address))
    }

    /// Whether this server accepts `certificate` as a client: uploaded directly or issued by its CA,
    /// valid now, and usable for client authentication.
    public func accepts(clientCertificate certificate: CertificateInfo, at date: Date = Date()) -> TrustVerdict {
        TrustVerdict.verifyChain(leaf: certificate, trusted: trustedClientCertificates + [certificateAuthority.certificate], at: date)
    }

    /// The KMIP identity the simulated TLS layer establishes: the certificate's CN (PyKMIP's rule) when the
    /// server accepts the certificate, nil when the handshake would fail.
    func clientIdentity(for certificate: CertificateInfo, at date: Date) -> String? {
        guard accepts(clientCertificate: certificate, at: date).isTrusted else { return nil }
        return certificate.subjectCommonName ?? certificate.subject
    }

    /// The ids of the keys the server holds, in creation order.
    public var keyIdentifiers: [String] { engine.keys.map(\.uniqueIdentifier) }

    /// The lifecycle state of a key ("Active", "Pre-Active", ...), nil when the server has no such key.
    public func keyState(_ id: String) -> String? { engine.key(withIdentifier: id)?.state.description }

    /// The administrator creates an Active AES-256 key; returns its id (the next decimal id, never reused).
    public func createKey() throws(LabError) -> String {
        do {
            return try engine.createKey(owner: username, state: .active, operationPolicyName: Self.keyPolicy).uniqueIdentifier
        } catch {
            throw .keyServer(error.description)
        }
    }
}

extension SimulatedKeyServer: Codable {
    private enum Field: String, CodingKey {
        case address, port, username, certificateAuthority, serverCertificate, trustedClientCertificates, keyStore
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        let address = try container.decode(String.self, forKey: .address)
        self.init(address: address, port: try container.decode(Int.self, forKey: .port),
                  username: try container.decode(String.self, forKey: .username),
                  certificateAuthority: try container.decode(CertificateAuthority.self, forKey: .certificateAuthority),
                  serverCertificate: try container.decode(IssuedCertificate.self, forKey: .serverCertificate),
                  trustedClientCertificates: try container.decode([CertificateInfo].self, forKey: .trustedClientCertificates),
                  engine: KeyServerEngine(snapshot: try container.decode(KeyServerSnapshot.self, forKey: .keyStore),
                                          vendorIdentification: "vtash simulated KMIP server \(address)"))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        try container.encode(address, forKey: .address)
        try container.encode(port, forKey: .port)
        try container.encode(username, forKey: .username)
        try container.encode(certificateAuthority, forKey: .certificateAuthority)
        try container.encode(serverCertificate, forKey: .serverCertificate)
        try container.encode(trustedClientCertificates, forKey: .trustedClientCertificates)
        try container.encode(engine.snapshot(), forKey: .keyStore)
    }
}

extension SimulatedKeyServer {
    /// The store's key for this server: `address:port`, address in lower case.
    var endpointKey: String { StoredKeyServer.endpointKey(address: address, port: port) }
}
