import Foundation

/// The certificates a provider's key servers present, judged against what the provider trusts.
extension Lab {
    /// One entry per key server of `provider`, in its order; a live server is contacted (one handshake each).
    public func presentedCertificates(of provider: KeyProvider, at date: Date = Date()) -> [PresentedCertificate] {
        provider.servers.map { server in
            do throws(LabError) {
                guard let leaf = try presentedChain(provider: provider, server: server).first else {
                    return PresentedCertificate(serverName: server.name, certificate: nil, failure: "The key server presented no certificate.", trusted: false)
                }
                let trusted = TrustVerdict.verifyChain(leaf: leaf, trusted: provider.trustedServerCertificates, at: date).isTrusted
                return PresentedCertificate(serverName: server.name, certificate: leaf, failure: nil, trusted: trusted)
            } catch {
                return PresentedCertificate(serverName: server.name, certificate: nil, failure: error.message, trusted: false)
            }
        }
    }
}
