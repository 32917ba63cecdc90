import ShellEngine

/// `VMware.VimAutomation.ViCore.Types.V1.ConfigurationScope`: where a PowerCLI setting lives.
enum ConfigurationScope: String, EnumerationValue {
    case session = "Session"
    case user = "User"
    case allUsers = "AllUsers"

    static let typeName = "VMware.VimAutomation.ViCore.Types.V1.ConfigurationScope"
    static let unboundValue = ConfigurationScope.user
}
