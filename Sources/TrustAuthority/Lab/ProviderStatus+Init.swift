/// Statuses made outside the lab (a client of a served lab reads them from the endpoint).
extension ProviderStatus {
    public init(provider id: String, health: Health, details: [String], servers: [ServerStatus]) {
        self.init(providerId: id, health: health, details: details, servers: servers)
    }
}

extension ProviderStatus.ServerStatus {
    public init(server name: String, health: ProviderStatus.Health, details: [String], clientTrustsServer: Bool, serverTrustsClient: Bool) {
        self.init(name: name, health: health, details: details, clientTrustServer: clientTrustsServer, serverTrustClient: serverTrustsClient)
    }
}
