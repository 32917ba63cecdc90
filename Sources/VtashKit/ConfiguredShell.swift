import PowerCLI
import Replay
import ShellCommands
import ShellEngine
import ShellFormatting
import TrustAuthority

/// Builds the shell vtash runs: the generic commands with their views, and PowerCLI's commands on a lab.
/// The executable (REPL, -File, -Command, replay) and the tests build every shell here, so none of them
/// can end up with a different set of commands or views.
public enum ConfiguredShell {
    /// A shell with the generic commands and PowerShell's views; PowerCLI attached when `lab` is given.
    public static func make(host: ShellHost, lab: Lab? = nil) -> Shell {
        var views = FormatRegistry()
        for view in CoreCommands.views { views.register(view) }
        let shell = Shell(host: host, registry: CoreCommands.registry(), output: ViewFormatting(views: views))
        let catalog = CommandCatalog.of(shell)
        catalog.defaultHelpTopic = helpTopic
        if let lab {
            PowerCLISession.install(into: shell, lab: lab)
            for type in PowerCLICommands.cmdlets where type.command.module.hasPrefix("VMware") {
                catalog.moduleVersions[type.command.module] = powerCLIVersion
            }
        }
        return shell
    }

    /// What `Get-Help` without a name prints in vtash.
    static let helpTopic = [
        "", "TOPIC", "    vtash help", "", "SHORT DESCRIPTION", "    vtash emulates the VMware PowerCLI vSphere Trust Authority cmdlets.", "",
        "LONG DESCRIPTION", "    Get-Command lists the commands. Get-Help <command> shows help for one of them,",
        "    for example: Get-Help New-TrustAuthorityKeyProvider -Full", "",
    ]

    /// The PowerCLI release vtash emulates, as `Get-Command` shows it for the VMware modules.
    static let powerCLIVersion = "13.3.0.24145081"

    /// The ids replay masks by their labels: PowerCLI's key ids under the `keyid` mask.
    public static var labelledFields: [LabelledFields] {
        PowerCLICommands.keyIdLabels.map { LabelledFields(labelSuffix: $0, mask: .keyid) }
    }
}
