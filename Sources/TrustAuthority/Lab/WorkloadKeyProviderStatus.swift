/// The health of a key provider as a workload vCenter sees it. A trusted key provider is Ok only when
/// the Trust Authority key provider's own status is Ok and every host of the trusted clusters that use
/// its key provider service passes attestation.
public struct WorkloadKeyProviderStatus: Sendable, Equatable {
    public var name: String
    public var health: ProviderStatus.Health
    public var details: [String]

    public init(name: String, health: ProviderStatus.Health, details: [String]) {
        self.name = name
        self.health = health
        self.details = details
    }
}
