import Foundation

/// What simulated key servers answered in health checks, remembered for a second by what the answer depends
/// on: the provider's key id, server entries and trust material, the lab's key servers (their generation)
/// and the time (for certificate validity). The provider's name is not part of it (it appears only in the
/// status's provider id, added afterwards), so providers in the same state share one conversation.
struct StatusMemo {
    struct Key: Hashable {
        var primaryKeyId: String
        var servers: [KeyProviderServer]
        var clientCertificate: CertificateInfo?
        var hasClientKey: Bool
        var trustedServerCertificates: [CertificateInfo]
        var generation: Int

        init(provider: KeyProvider, generation: Int) {
            primaryKeyId = provider.primaryKeyId
            servers = provider.servers
            clientCertificate = provider.clientCertificate
            hasClientKey = provider.clientKey != nil
            trustedServerCertificates = provider.trustedServerCertificates
            self.generation = generation
        }
    }

    static let lifetime: TimeInterval = 1
    private static let capacity = 4096
    private var entries: [Key: (servers: [ProviderStatus.ServerStatus], at: Date)] = [:]

    /// How many conversations are remembered (tests check that providers in one state share one).
    var count: Int { entries.count }

    func servers(for key: Key, at date: Date) -> [ProviderStatus.ServerStatus]? {
        guard let entry = entries[key], abs(date.timeIntervalSince(entry.at)) < Self.lifetime else { return nil }
        return entry.servers
    }

    mutating func remember(_ servers: [ProviderStatus.ServerStatus], for key: Key, at date: Date) {
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (servers, date)
    }
}
