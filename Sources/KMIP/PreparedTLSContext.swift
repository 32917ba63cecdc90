import NIOConcurrencyHelpers
import NIOSSL

/// A client TLS context and its server check, built once per set of PEM inputs and reused: parsing the
/// certificates and key and building BoringSSL's context cost more than the loopback handshake itself,
/// and a key provider's health is checked with the same material again and again.
struct PreparedTLSContext: Sendable {
    let context: NIOSSLContext
    let check: ServerCertificateCheck

    private struct Key: Hashable {
        var clientCertificateChainPEM: String?
        var clientPrivateKeyPEM: String?
        var trustedCertificatesPEM: [String]
    }

    /// Few providers exist at a time; the cache is emptied rather than grown past this.
    private static let capacity = 32
    private static let cache = NIOLockedValueBox<[Key: PreparedTLSContext]>([:])

    static func prepared(for configuration: TLSClientConfiguration) throws(TLSFailure) -> PreparedTLSContext {
        let key = Key(
            clientCertificateChainPEM: configuration.clientCertificateChainPEM, clientPrivateKeyPEM: configuration.clientPrivateKeyPEM,
            trustedCertificatesPEM: configuration.trustedCertificatesPEM)
        if let cached = cache.withLockedValue({ $0[key] }) { return cached }
        let made = try make(configuration)
        cache.withLockedValue { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = made
        }
        return made
    }

    private static func make(_ configuration: TLSClientConfiguration) throws(TLSFailure) -> PreparedTLSContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        // PyKMIP (and the vSphere KMS profile) speak TLS 1.2; pinning it also keeps the server's
        // Certificate message in cleartext for the chain capture.
        tls.minimumTLSVersion = .tlsv12
        tls.maximumTLSVersion = .tlsv12
        // The server check (pinned leaf or RFC 5280 chain, plus the name) runs in the handshake's custom
        // verification callback, which NIOSSL calls only when verification is on; the name is part of it.
        // Always on: the client certificate goes only to a server the callback accepted.
        tls.certificateVerification = .noHostnameVerification
        // Only the callback decides; BoringSSL's own store stays empty.
        tls.trustRoots = .certificates([])
        if let chainPEM = configuration.clientCertificateChainPEM {
            let chain: [NIOSSLCertificate]
            do {
                chain = try NIOSSLCertificate.fromPEMBytes(Array(chainPEM.utf8))
            } catch {
                throw .invalidConfiguration("the client certificate is not valid PEM: \(error)")
            }
            guard !chain.isEmpty else { throw .invalidConfiguration("the client certificate PEM holds no certificate") }
            tls.certificateChain = chain.map { .certificate($0) }
            guard let keyPEM = configuration.clientPrivateKeyPEM else {
                throw .invalidConfiguration("a client certificate needs its private key")
            }
            do {
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: Array(keyPEM.utf8), format: .pem))
            } catch {
                throw .invalidConfiguration("the client private key is not valid PEM: \(error)")
            }
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw .invalidConfiguration("cannot build the TLS context: \(error)")
        }
        return PreparedTLSContext(context: context, check: try ServerCertificateCheck(trustedPEM: configuration.trustedCertificatesPEM))
    }
}
