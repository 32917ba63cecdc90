import PowerCLI
import ShellEngine
import TrustAuthority

/// The one place that builds the shell a case runs in (swap it for the project's shared builder when
/// there is one): the core cmdlets and PowerCLI's, on a throw-away in-memory lab, printing at 120 columns.
enum ConformanceShell {
    static func make(host: CapturingHost) throws -> Shell {
        let shell = Shell(host: host, registry: CoreCommands.registry(), formats: FormatRegistry())
        PowerCLISession.install(into: shell, lab: try Lab.makeDefault())
        return shell
    }
}
