import Foundation

/// Statuses of providers whose key servers are all simulated, remembered for a second. A status is a
/// function of the provider's trust state, the lab's key servers (their generation) and the time (for
/// certificate validity); any change to the first two makes a new key, and an entry expires after a second.
struct StatusMemo {
    struct Key: Hashable {
        var name: String
        var primaryKeyId: String
        var servers: [KeyProviderServer]
        var clientCertificate: CertificateInfo?
        var hasClientKey: Bool
        var trustedServerCertificates: [CertificateInfo]
        var lastTrustChange: Date
        var generation: Int

        init(provider: KeyProvider, generation: Int) {
            name = provider.name.lowercased()
            primaryKeyId = provider.primaryKeyId
            servers = provider.servers
            clientCertificate = provider.clientCertificate
            hasClientKey = provider.clientKey != nil
            trustedServerCertificates = provider.trustedServerCertificates
            lastTrustChange = provider.lastTrustChange
            self.generation = generation
        }
    }

    static let lifetime: TimeInterval = 1
    private static let capacity = 4096
    private var entries: [Key: (status: ProviderStatus, at: Date)] = [:]

    func status(for key: Key, at date: Date) -> ProviderStatus? {
        guard let entry = entries[key], abs(date.timeIntervalSince(entry.at)) < Self.lifetime else { return nil }
        return entry.status
    }

    mutating func remember(_ status: ProviderStatus, for key: Key, at date: Date) {
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (status, date)
    }
}
