import Foundation
import NIOCore
import NIOSSL
import X509

/// Decides, inside the TLS handshake, whether the client trusts the chain the server presents. It replaces
/// BoringSSL's verification because BoringSSL cannot take a non-CA certificate as a trust root: a provider
/// that trusts the server's own (leaf) certificate, as Add-TrustAuthorityKeyProviderServerCertificate does
/// in the documented procedure, is served by the same single handshake as one that trusts the issuing CA.
///
/// - A leaf equal (DER) to a trusted certificate is trusted directly, whatever its names and dates: it
///   was pinned.
/// - Otherwise the chain must lead to a trusted certificate under RFC 5280 (validity, CA constraints, key
///   usage), and the leaf must name the server (its IP address or host name in subjectAltName).
struct ServerCertificateCheck: Sendable {
    /// DER of every trusted certificate.
    let pinned: Set<[UInt8]>
    let roots: [Certificate]

    /// - Parameter trustedPEM: the trusted certificates, one or more per string.
    init(trustedPEM: [String]) throws(TLSFailure) {
        var pinned: Set<[UInt8]> = []
        var roots: [Certificate] = []
        for pem in trustedPEM {
            let certificates: [NIOSSLCertificate]
            do {
                certificates = try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8))
            } catch {
                throw .invalidConfiguration("a trusted certificate is not valid PEM: \(error)")
            }
            for certificate in certificates {
                do {
                    let der = try certificate.toDERBytes()
                    pinned.insert(der)
                    roots.append(try Certificate(derEncoded: der))
                } catch {
                    throw .invalidConfiguration("a trusted certificate cannot be read: \(error)")
                }
            }
        }
        self.pinned = pinned
        self.roots = roots
    }

    /// Whom the leaf must name: a host given by IP address is checked against IP SANs, a host name
    /// against DNS SANs (and the connected address, as NIOSSL does, when no proxy is in between).
    struct Identity: Sendable {
        var hostname: String?
        var address: String?
    }

    /// Completes `promise` with the verdict; records why the chain was refused in `refusal`. Runs the
    /// pinned comparison at once, the chain verification as a task on the handshake's event loop.
    func verify(
        _ presented: [NIOSSLCertificate], identity: Identity, endpoint: String, on eventLoop: any EventLoop,
        promise: EventLoopPromise<NIOSSLVerificationResult>, refusal: @escaping @Sendable (TLSFailure) -> Void
    ) {
        let chain = presented.compactMap { try? $0.toDERBytes() }
        guard let leaf = chain.first, chain.count == presented.count else {
            refusal(.clientDistrustsServer(reason: "the certificate of \(endpoint) cannot be read"))
            promise.succeed(.failed)
            return
        }
        if pinned.contains(leaf) {
            promise.succeed(.certificateVerified)
            return
        }
        guard !roots.isEmpty else {
            refusal(.clientDistrustsServer(reason: "the client trusts no certificate, so not the one of \(endpoint)"))
            promise.succeed(.failed)
            return
        }
        let roots = self.roots
        Task(executorPreference: EventLoopTaskExecutor(eventLoop)) {
            if let failure = await Self.verifyChain(chain, roots: roots, identity: identity, endpoint: endpoint) {
                refusal(failure)
                promise.succeed(.failed)
            } else {
                promise.succeed(.certificateVerified)
            }
        }
    }

    /// Nil when the chain leads to a root and names the server; otherwise the refusal.
    static func verifyChain(_ chain: [[UInt8]], roots: [Certificate], identity: Identity, endpoint: String) async -> TLSFailure? {
        let parsed: [Certificate]
        do {
            parsed = try chain.map { try Certificate(derEncoded: $0) }
        } catch {
            return .clientDistrustsServer(reason: "the certificate of \(endpoint) cannot be parsed: \(error)")
        }
        guard let leaf = parsed.first else { return .clientDistrustsServer(reason: "\(endpoint) presented no certificate") }
        let intermediates = CertificateStore(parsed.dropFirst())
        var verifier = Verifier(rootCertificates: CertificateStore(roots)) {
            RFC5280Policy()
            ServerIdentityPolicy(serverHostname: identity.hostname, serverIP: identity.address)
        }
        if case .validCertificate = await verifier.validate(leaf: leaf, intermediates: intermediates) { return nil }
        // Refused: tell a chain to an untrusted issuer from a trusted chain for another name.
        var chainOnly = Verifier(rootCertificates: CertificateStore(roots)) { RFC5280Policy() }
        if case .validCertificate = await chainOnly.validate(leaf: leaf, intermediates: intermediates) {
            let name = identity.hostname ?? identity.address ?? endpoint
            return .clientDistrustsServer(reason: "the server certificate is not valid for \(name)")
        }
        return .clientDistrustsServer(reason: "the certificate chain of \(endpoint) does not lead to a trusted certificate")
    }
}
