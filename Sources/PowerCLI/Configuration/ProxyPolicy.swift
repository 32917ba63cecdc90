import ShellEngine

/// `VMware.VimAutomation.ViCore.Types.V1.ProxyPolicy`.
enum ProxyPolicy: String, EnumerationValue {
    case noProxy = "NoProxy"
    case useSystemProxy = "UseSystemProxy"

    static let typeName = "VMware.VimAutomation.ViCore.Types.V1.ProxyPolicy"
    static let unboundValue = ProxyPolicy.useSystemProxy
}
