import Foundation
import KMIP

/// What a key server presents in the TLS handshake, for `Get-TrustAuthorityKeyProviderServerCertificate`.
extension Lab {
    /// The certificate chain the key server of `entry` presents, leaf first, before anything is trusted.
    /// A live server is contacted (a TLS handshake, no KMIP request); a simulated one shows its own.
    public func presentedChain(provider: KeyProvider, server entry: KeyProviderServer) throws(LabError) -> [CertificateInfo] {
        let endpoint = "\(entry.address):\(entry.port)"
        if let server = keyServer(address: entry.address, port: entry.port) {
            return [server.serverCertificate.certificate, server.certificateAuthority.certificate]
        }
        guard let live = liveKeyServer(address: entry.address, port: entry.port) else {
            throw .keyServerUnreachable(endpoint: endpoint, reason: "no connection could be made")
        }
        let check = KeyServerHealthCheck(entry: entry, target: .live(live), provider: provider, date: Date())
        let fetched = SynchronousBridge.wait { await check.fetchPresentedChain(live) }
            ?? .failure(.keyServerUnreachable(endpoint: endpoint, reason: "the connection attempt did not finish"))
        return try fetched.get()
    }
}

extension KeyServerHealthCheck {
    /// One TLS handshake that trusts nothing and checks nothing, to read the server's chain.
    func fetchPresentedChain(_ server: LiveKeyServer) async -> Result<[CertificateInfo], LabError> {
        let endpoint = "\(server.address):\(server.port)"
        let configuration: TLSClientConfiguration
        switch tlsConfiguration(server, trusting: []) {
        case .success(let made): configuration = made
        case .failure(let refusal): return .failure(.keyServerUnreachable(endpoint: endpoint, reason: refusal.message))
        }
        let der: [[UInt8]]
        do {
            der = try await KMIPConnection.fetchPresentedChain(configuration)
        } catch {
            return .failure(.keyServerUnreachable(endpoint: endpoint, reason: error.failure.description))
        }
        var chain: [CertificateInfo] = []
        for certificate in der {
            do {
                chain.append(try CertificateInfo(der: certificate, source: "the certificate of key server \(endpoint)"))
            } catch {
                return .failure(.certificate(error))
            }
        }
        guard !chain.isEmpty else {
            return .failure(.keyServerUnreachable(endpoint: endpoint, reason: "the server presented no certificate"))
        }
        return .success(chain)
    }
}
