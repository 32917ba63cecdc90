import ShellEngine
import ShellFormatting

/// PowerCLI's configuration and version cmdlets, and the modules PowerCLI's cmdlets belong to, registered as
/// built-in modules so that `Import-Module VMware.PowerCLI`, `Get-Module` and `(Get-Command X).Module` answer
/// as PowerCLI does.
enum PowerCLIConfigurationCommands {
    static var cmdlets: [any Cmdlet.Type] {
        [GetPowerCLIConfigurationCommand.self, SetPowerCLIConfigurationCommand.self, GetPowerCLIVersionCommand.self]
    }

    /// The PowerCLI release vtash emulates (13.3.0 build 24145081).
    static let release = "13.3.0.24145081"

    /// PowerCLI's modules in dependency order; `VMware.PowerCLI` is the roll-up that requires the others.
    static var modules: [BuiltInModule] {
        [
            BuiltInModule(name: "VMware.VimAutomation.Sdk", version: release, moduleType: "Script",
                          description: "This Windows PowerShell module contains PowerCLI Sdk."),
            BuiltInModule(name: "VMware.VimAutomation.Common", version: release, moduleType: "Script",
                          description: "This Windows PowerShell module contains functionality common for all PowerCLI modules.",
                          requiredModules: ["VMware.VimAutomation.Sdk"]),
            BuiltInModule(name: "VMware.Vim", version: "8.3.0.24145081", moduleType: "Script",
                          description: "This Windows PowerShell module contains vSphere Management SDK.",
                          requiredModules: ["VMware.VimAutomation.Sdk"]),
            BuiltInModule(name: "VMware.VimAutomation.Cis.Core", version: release, moduleType: "Script",
                          description: "This Windows PowerShell module contains Windows PowerShell cmdlets for managing vSphere Automation SDK servers.",
                          requiredModules: ["VMware.VimAutomation.Common"]),
            BuiltInModule(name: "VMware.VimAutomation.Core", version: release, moduleType: "Script",
                          description: "This Windows PowerShell module contains Windows PowerShell cmdlets for managing vSphere.",
                          requiredModules: ["VMware.VimAutomation.Common", "VMware.Vim", "VMware.VimAutomation.Cis.Core"]),
            BuiltInModule(name: "VMware.VimAutomation.Security", version: release, moduleType: "Script",
                          description: "This Windows PowerShell module contains Windows PowerShell cmdlets for managing vSphere Security, including Trust Authority.",
                          requiredModules: ["VMware.VimAutomation.Core"]),
            BuiltInModule(name: "VMware.PowerCLI", version: release, moduleType: "Manifest",
                          description: "This Windows PowerShell module contains VMware.PowerCLI",
                          requiredModules: ["VMware.VimAutomation.Core", "VMware.VimAutomation.Security"]),
            BuiltInModule(name: "Vtash.Lab", version: "0.1.0", moduleType: "Script",
                          description: "vtash's key-server administrator commands (the lab's side, not a PowerCLI module)."),
        ]
    }

    static func install(into shell: Shell) {
        for module in modules { shell.modules.register(module) }
        if let formatting = shell.output as? ViewFormatting {
            formatting.views.register(FormatView(typeName: PowerCLIConfiguration.typeName, shape: .table([
                TableColumn("Scope", width: 8), TableColumn("ProxyPolicy", width: 15), TableColumn("DefaultVIServerMode", width: 19),
                TableColumn("InvalidCertificateAction", width: 25), TableColumn("DisplayDeprecationWarnings", width: 26),
                TableColumn("WebOperationTimeoutSeconds"),
            ])))
            formatting.views.register(FormatView(typeName: GetPowerCLIVersionCommand.typeName, shape: .table([
                TableColumn("UserFriendlyVersion"),
            ])))
        }
        for type in [ConfigurationScope.self as any EnumerationValue.Type, BadCertificateAction.self, DefaultVIServerMode.self, ProxyPolicy.self] {
            shell.types.register(EnumType(name: type.typeName, names: type.parameterNames))
        }
    }
}

private extension EnumerationValue {
    static var parameterNames: [String] { allCases.map(\.rawValue) }
}
