import Foundation

/// The Key Provider Service of a Trust Authority cluster, as the lab models it: stopped while the cluster is
/// disabled; otherwise as healthy as the cluster's key providers (there are no hosts in a lab whose service
/// could fail on its own).
extension Lab {
    public func keyProviderServiceStatus(of cluster: ClusterRecord, at date: Date = Date()) throws(LabError) -> KeyProviderServiceStatus {
        if let endpoint { return try endpoint.keyProviderServiceStatus(of: cluster) }
        guard cluster.enabled else {
            return KeyProviderServiceStatus(health: .error, details: [
                "The Trust Authority cluster '\(cluster.name)' is disabled: its Key Provider Service does not run. Enable the cluster to start it.",
            ])
        }
        let providers = try providers().filter { $0.clusterId == cluster.id }
        guard !providers.isEmpty else {
            return KeyProviderServiceStatus(health: .none, details: [
                "The Trust Authority cluster '\(cluster.name)' has no key provider. Create one with New-TrustAuthorityKeyProvider.",
            ])
        }
        let statuses = withSteadyView { providers.map { status(of: statusSubject($0, at: date), at: date) } }
        let unhealthy = zip(providers, statuses).filter { $0.1.health != .ok }
        guard !unhealthy.isEmpty else { return KeyProviderServiceStatus(health: .ok, details: []) }
        let details = unhealthy.map { provider, status in "The key provider '\(provider.name)' is \(status.health.rawValue)." }
        let health: ProviderStatus.Health = unhealthy.count == providers.count && unhealthy.allSatisfy({ $0.1.health == .error }) ? .error : .warning
        return KeyProviderServiceStatus(health: health, details: details)
    }
}
