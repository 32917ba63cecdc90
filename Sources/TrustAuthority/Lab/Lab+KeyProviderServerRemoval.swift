/// `Remove-TrustAuthorityKeyProviderServer -KeyProviderServer $kp.KeyProviderServers[0], …` with several servers
/// of one provider in one call: every server is removed or none (one transaction), and the provider keeps at
/// least one (PowerCLI's help: "A Trust Authority key provider requires at least 1 Trust Authority key provider server").
extension Lab {
    /// Removes the servers named `servers` (each a name or an address) from the provider `name`; refuses
    /// the whole change when one is not the provider's or when no server would remain.
    public func removeKeyProviderServers(provider name: String, servers: [String], by user: SessionUser) throws(LabError) {
        let administered = try administeredProvider(name, by: user)
        try changeServedOrLocal(administered) { (provider: inout KeyProvider) throws(LabError) in
            var remaining = provider.servers
            for server in servers {
                guard let index = remaining.firstIndex(where: { $0.name.equalsIgnoringCase(server) })
                    ?? remaining.firstIndex(where: { $0.address.equalsIgnoringCase(server) }) else {
                    // Named twice, or not the provider's at all.
                    throw .keyProviderServerNotFound(provider: provider.name, server: server)
                }
                remaining.remove(at: index)
            }
            guard !remaining.isEmpty else { throw .lastServer(provider.name) }
            provider.servers = remaining
        }
    }
}
