/// The Trust Authority side of a workload vCenter: the services it registered, the configuration of each
/// of its trusted clusters, its own (standard and native) key providers and which providers are
/// registered and default. One per vCenter, stored as one record.
public struct WorkloadConfiguration: Sendable, Equatable {
    public var vCenter: String
    public var registrations: [ServiceRegistration]
    /// The number the next registration's id takes (ids are never reused).
    public var nextRegistrationNumber: Int
    public var trustedClusters: [TrustedClusterConfiguration]
    /// Standard and native key providers, as the lab file defines them.
    public var keyProviders: [WorkloadKeyProvider]
    /// Names of registered trusted key providers (standard and native ones carry their own flag).
    public var registeredTrustedProviders: [String]
    /// The name of the default key provider, whatever its kind.
    public var defaultKeyProvider: String?

    public init(vCenter: String, registrations: [ServiceRegistration] = [], nextRegistrationNumber: Int = 1,
                trustedClusters: [TrustedClusterConfiguration] = [], keyProviders: [WorkloadKeyProvider] = [],
                registeredTrustedProviders: [String] = [], defaultKeyProvider: String? = nil) {
        self.vCenter = vCenter
        self.registrations = registrations
        self.nextRegistrationNumber = nextRegistrationNumber
        self.trustedClusters = trustedClusters
        self.keyProviders = keyProviders
        self.registeredTrustedProviders = registeredTrustedProviders
        self.defaultKeyProvider = defaultKeyProvider
    }

    /// The configuration of the cluster `id`, empty when nothing was done to it yet.
    func trustedCluster(_ id: String) -> TrustedClusterConfiguration {
        trustedClusters.first { $0.clusterId.equalsIgnoringCase(id) } ?? TrustedClusterConfiguration(clusterId: id)
    }

    mutating func setTrustedCluster(_ configuration: TrustedClusterConfiguration) {
        if let index = trustedClusters.firstIndex(where: { $0.clusterId.equalsIgnoringCase(configuration.clusterId) }) {
            trustedClusters[index] = configuration
        } else {
            trustedClusters.append(configuration)
        }
    }

    /// A new registration of `service` with the next id of its kind.
    mutating func register(_ service: TrustAuthorityService) -> ServiceRegistration {
        let prefix = service.kind == .attestation ? "attestation" : "key-provider"
        let registration = ServiceRegistration(id: "\(prefix)-\(nextRegistrationNumber)", service: service)
        nextRegistrationNumber += 1
        registrations.append(registration)
        return registration
    }

    /// The registration of `service`'s endpoint, registering it when it is not there yet.
    mutating func registration(for service: TrustAuthorityService) -> ServiceRegistration {
        if let known = registrations.first(where: { $0.service.endpoint == service.endpoint }) { return known }
        return register(service)
    }
}

extension WorkloadConfiguration: Codable {}
