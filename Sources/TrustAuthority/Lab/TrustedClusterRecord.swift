import Foundation

/// A workload cluster of a lab's vCenter, as vSphere Trust Authority's trusted infrastructure sees it
/// (`Get-TrustedCluster`): its hosts get keys through the Trust Authority cluster once it is enabled.
public struct TrustedClusterRecord: Sendable {
    /// The cluster's MoID, e.g. `domain-c10`.
    public var id: String
    public var name: String
    public var enabled: Bool

    public init(id: String, name: String, enabled: Bool) {
        self.id = id
        self.name = name
        self.enabled = enabled
    }

    /// PowerCLI's id form: `TrustedCluster-domain-c10`.
    public var powerCLIId: String { "TrustedCluster-" + id }
}

extension TrustedClusterRecord: Codable, Equatable {}
