import Foundation

/// `$kp.Status`: the provider's health, from each of its key servers.
public struct ProviderStatus: Sendable {
    public enum Health: String, Sendable {
        case ok = "Ok"
        case warning = "Warning"
        case error = "Error"
        case none = "None"
    }

    public struct ServerStatus: Sendable {
        public var name: String
        public var health: Health
        public var details: [String]
        public var clientTrustServer: Bool
        public var serverTrustClient: Bool
    }

    public var providerId: String
    public var health: Health
    public var details: [String]
    public var servers: [ServerStatus]
}

extension Lab {
    /// Checks each key server of the provider the way the Key Provider Service does: does the
    /// provider trust the server's certificate, does the server accept the provider's client
    /// certificate, and does the primary key exist there.
    public func status(of provider: KeyProvider, at date: Date = Date()) -> ProviderStatus {
        var servers: [ProviderStatus.ServerStatus] = []
        for entry in provider.servers {
            guard let server = keyServer(address: entry.address, port: entry.port) else {
                servers.append(.init(name: entry.name, health: .error,
                                     details: ["Cannot connect to the key server \(entry.address):\(entry.port): no connection could be made."],
                                     clientTrustServer: false, serverTrustClient: false))
                continue
            }
            var details: [String] = []
            let clientTrustsServer = TrustVerdict.verifyChain(leaf: server.serverCertificate.certificate,
                                                              trusted: provider.trustedServerCertificates, at: date).isTrusted
            if !clientTrustsServer {
                details.append("The key provider does not trust the certificate of key server \(entry.address). Add it with Add-TrustAuthorityKeyProviderServerCertificate.")
            }
            var serverTrustsClient = false
            if let certificate = provider.clientCertificate {
                if provider.clientKey == nil {
                    details.append("The client certificate of the key provider has no private key: upload the certificate signed for the provider's CSR, or the certificate with its private key.")
                } else {
                    let verdict = server.accepts(clientCertificate: certificate, at: date)
                    serverTrustsClient = verdict.isTrusted
                    if !serverTrustsClient {
                        details.append("The key server \(entry.address) does not trust the client certificate of the key provider. Upload the client certificate to the key server, or have the key server sign the provider's CSR.")
                    }
                }
            } else {
                details.append("The key provider has no client certificate. Create or upload one, then make the key server trust it.")
            }
            var health: ProviderStatus.Health = clientTrustsServer && serverTrustsClient ? .ok : .error
            if clientTrustsServer && serverTrustsClient {
                switch server.key(provider.primaryKeyId)?.state {
                case .some(.active): break
                case .some(.preActive):
                    health = .warning
                    details.append("The primary key '\(provider.primaryKeyId)' on key server \(entry.address) is not active.")
                case .some(.deactivated), .some(.destroyed), .none:
                    health = .error
                    details.append("The primary key '\(provider.primaryKeyId)' was not found on key server \(entry.address).")
                }
            }
            servers.append(.init(name: entry.name, health: health, details: details,
                                 clientTrustServer: clientTrustsServer, serverTrustClient: serverTrustsClient))
        }
        let overall: ProviderStatus.Health
        if servers.isEmpty {
            overall = .none
        } else if servers.contains(where: { $0.health == .ok }) {
            overall = servers.allSatisfy { $0.health == .ok } ? .ok : .warning
        } else if servers.contains(where: { $0.health == .warning }) {
            overall = .warning
        } else {
            overall = .error
        }
        let details = overall == .ok ? [] : servers.flatMap(\.details)
        return ProviderStatus(providerId: provider.id, health: overall, details: details, servers: servers)
    }
}
