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
        if let lab { PowerCLISession.install(into: shell, lab: lab) }
        return shell
    }

    /// The ids replay masks by their labels: PowerCLI's key ids under the `keyid` mask.
    public static var labelledFields: [LabelledFields] {
        PowerCLICommands.keyIdLabels.map { LabelledFields(labelSuffix: $0, mask: .keyid) }
    }
}
