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
    /// Checks each key server of the provider the way the Key Provider Service does (see
    /// `KeyServerHealthCheck`). Synchronous, for the cmdlets on vtash's main thread; a live server is
    /// contacted over the network, a simulated one answers KMIP in process.
    public func status(of provider: KeyProvider, at date: Date = Date()) -> ProviderStatus {
        let checks = healthChecks(for: provider, at: date)
        let servers = SynchronousBridge.wait { await Lab.run(checks) } ?? []
        return Lab.summary(of: provider, servers)
    }

    /// The same check for async callers. Reads the lab before its first suspension, so call it where
    /// the lab is used (the lab itself is not thread-safe).
    public func checkStatus(of provider: KeyProvider, at date: Date = Date()) async -> ProviderStatus {
        let checks = healthChecks(for: provider, at: date)
        return Lab.summary(of: provider, await Lab.run(checks))
    }

    func healthChecks(for provider: KeyProvider, at date: Date) -> [KeyServerHealthCheck] {
        provider.servers.map { entry in
            let target: KeyServerHealthCheck.Target
            if let server = keyServer(address: entry.address, port: entry.port) {
                target = .simulated(server)
            } else if let server = liveKeyServer(address: entry.address, port: entry.port) {
                target = .live(server)
            } else {
                target = .missing
            }
            return KeyServerHealthCheck(entry: entry, target: target, provider: provider, date: date)
        }
    }

    /// Runs the checks side by side, keeping the provider's server order.
    static func run(_ checks: [KeyServerHealthCheck]) async -> [ProviderStatus.ServerStatus] {
        if checks.count == 1, let only = checks.first { return [await only.run()] }
        return await withTaskGroup(of: (Int, ProviderStatus.ServerStatus).self) { group in
            for (index, check) in checks.enumerated() {
                group.addTask { (index, await check.run()) }
            }
            var results: [(Int, ProviderStatus.ServerStatus)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    static func summary(of provider: KeyProvider, _ servers: [ProviderStatus.ServerStatus]) -> ProviderStatus {
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
