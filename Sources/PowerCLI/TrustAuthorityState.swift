import ShellEngine

/// `VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityState`: Disabled (0), Enabled (1).
enum TrustAuthorityState: String, EnumerationValue {
    case disabled = "Disabled"
    case enabled = "Enabled"

    static let typeName = PowerCLIObjects.stateType
    static var unboundValue: TrustAuthorityState { .disabled }

    init(enabled: Bool) {
        self = enabled ? .enabled : .disabled
    }
}
