import ShellEngine

/// `VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustedState`: Disabled (0), Enabled (1)
/// (values not published; reference §2 infers them from TrustAuthorityState).
enum TrustedState: String, EnumerationValue {
    case disabled = "Disabled"
    case enabled = "Enabled"

    static let typeName = GetTrustedClusterCommand.stateType
    static var unboundValue: TrustedState { .disabled }
}
