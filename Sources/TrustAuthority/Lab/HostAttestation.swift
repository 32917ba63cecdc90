/// A trusted host's attestation, computed from the lab's state each time it is asked (never stored):
/// Passed only when every check passed.
public struct HostAttestation: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case passed = "Passed"
        case failed = "Failed"
    }

    public var hostId: String
    public var hostName: String
    public var vCenter: String
    public var clusterId: String
    /// Every check, in `AttestationCheck.Kind.allCases` order.
    public var checks: [AttestationCheck]

    public init(hostId: String, hostName: String, vCenter: String, clusterId: String, checks: [AttestationCheck]) {
        self.hostId = hostId
        self.hostName = hostName
        self.vCenter = vCenter
        self.clusterId = clusterId
        self.checks = checks
    }

    public var status: Status { checks.allSatisfy(\.passed) ? .passed : .failed }
    public var failedChecks: [AttestationCheck] { checks.filter { !$0.passed } }

    /// The failed checks' reasons, one line each (empty when Passed).
    public var reason: String { failedChecks.map { "\($0.kind.rawValue): \($0.reason)" }.joined(separator: "\n") }
}
