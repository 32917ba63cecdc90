import Foundation

/// A cluster of the lab's vCenter that runs the Trust Authority services.
public struct TrustAuthorityClusterRecord: Sendable {
    /// The cluster's MoID, e.g. `domain-c8`.
    public var id: String
    public var name: String
    public var enabled: Bool

    public init(id: String, name: String, enabled: Bool) {
        self.id = id
        self.name = name
        self.enabled = enabled
    }

    /// PowerCLI's id form: `TrustAuthorityCluster-domain-c8`.
    public var powerCLIId: String { "TrustAuthorityCluster-" + id }
}

extension TrustAuthorityClusterRecord: Codable, Equatable {}
