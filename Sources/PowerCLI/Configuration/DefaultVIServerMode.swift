import ShellEngine

/// `VMware.VimAutomation.ViCore.Types.V1.DefaultVIServerMode`: one default server, or every connected one.
enum DefaultVIServerMode: String, EnumerationValue {
    case single = "Single"
    case multiple = "Multiple"

    static let typeName = "VMware.VimAutomation.ViCore.Types.V1.DefaultVIServerMode"
    static let unboundValue = DefaultVIServerMode.multiple
}
