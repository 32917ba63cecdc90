import Foundation

/// A key server (KMS) simulated inside the lab: its own CA and server certificate, a trust store of
/// client certificates, and keys. It decides trust by verifying certificates, never by flags.
public struct SimulatedKeyServer: Sendable {
    public var address: String
    public var port: Int
    public var username: String
    public var certificateAuthority: CertificateAuthority
    public var serverCertificate: IssuedCertificate
    /// Client certificates uploaded by the KMS administrator (trusted directly).
    public var trustedClientCertificates: [CertificateInfo]
    public var keys: [ManagedKey]
    var nextKeyNumber: Int

    public static func make(address: String, port: Int, username: String, keyIds: [String]) throws(CertificateError) -> SimulatedKeyServer {
        // P-256 keeps lab creation fast; the subject is shaped like the seed's example.
        let ca = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "CA", organization: "\(address) KMS", country: "US"),
            algorithm: .p256)
        let server = try ca.issueServerCertificate(
            subject: CertificateSubject(commonName: address, organizationalUnit: "VMware Engineering", organization: "VMware",
                                        locality: "Palo Alto", state: "California", country: "US", email: "kms-admin@vsphere.local"),
            alternativeNames: [AlternativeName.forAddress(address)], algorithm: .p256)
        let keys = keyIds.map { ManagedKey(id: $0, state: .active) }
        let highest = keyIds.compactMap { Int($0) }.max() ?? 0
        return SimulatedKeyServer(address: address, port: port, username: username, certificateAuthority: ca,
                                  serverCertificate: server, trustedClientCertificates: keys.isEmpty ? [] : [],
                                  keys: keys, nextKeyNumber: highest + 1)
    }

    /// Whether this server accepts `certificate` as a client: uploaded directly or issued by its CA,
    /// valid now, and usable for client authentication.
    public func accepts(clientCertificate certificate: CertificateInfo, at date: Date = Date()) -> TrustVerdict {
        TrustVerdict.verifyChain(leaf: certificate, trusted: trustedClientCertificates + [certificateAuthority.certificate], at: date)
    }

    public func key(_ id: String) -> ManagedKey? { keys.first { $0.id == id } }

    public mutating func createKey() -> ManagedKey {
        while keys.contains(where: { $0.id == String(nextKeyNumber) }) { nextKeyNumber += 1 }
        let key = ManagedKey(id: String(nextKeyNumber), state: .active)
        nextKeyNumber += 1
        keys.append(key)
        return key
    }
}

/// A key held by a key server.
public struct ManagedKey: Sendable, Equatable {
    public enum State: String, Sendable {
        case preActive = "Pre-Active"
        case active = "Active"
        case deactivated = "Deactivated"
        case destroyed = "Destroyed"
    }

    public var id: String
    public var state: State
}
