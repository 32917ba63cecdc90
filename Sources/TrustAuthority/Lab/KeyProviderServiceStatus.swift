/// The health of a Trust Authority cluster's Key Provider Service (`kms.service_status`).
public struct KeyProviderServiceStatus: Sendable, Equatable {
    public var health: ProviderStatus.Health
    public var details: [String]

    public init(health: ProviderStatus.Health, details: [String]) {
        self.health = health
        self.details = details
    }
}
