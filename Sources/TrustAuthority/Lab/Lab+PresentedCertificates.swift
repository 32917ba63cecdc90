import Foundation
import KMIP

/// What a key server presents in the TLS handshake, for `Get-TrustAuthorityKeyProviderServerCertificate`.
extension Lab {
    /// The certificate chain the key server of `entry` presents, leaf first, before anything is trusted.
    /// A live server is contacted (a TLS handshake, no KMIP request); a simulated one shows its own.
    public func presentedChain(provider: KeyProvider, server entry: KeyProviderServer) throws(LabError) -> [CertificateInfo] {
        if let served = self.endpoint {
            let presented = try served.presentedCertificates(of: provider).first { $0.serverName.equalsIgnoringCase(entry.name) }
            if let certificate = presented?.certificate { return [certificate] }
            throw .keyServerUnreachable(endpoint: "\(entry.address):\(entry.port)", reason: presented?.failure ?? "the served lab did not say")
        }
        let endpoint = "\(entry.address):\(entry.port)"
        if let server = keyServer(address: entry.address, port: entry.port) {
            return [server.serverCertificate.certificate, server.certificateAuthority.certificate]
        }
        guard let live = liveKeyServer(address: entry.address, port: entry.port) else {
            throw .keyServerUnreachable(endpoint: endpoint, reason: "no connection could be made")
        }
        let check = KeyServerHealthCheck(entry: entry, target: .live(live), provider: provider, date: Date())
        return try check.presentedChainWaiting(live).get()
    }
}
