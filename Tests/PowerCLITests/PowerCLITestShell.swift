import PowerCLI
import ShellEngine
import TrustAuthority

/// A shell with PowerCLI installed on a fresh default lab.
struct PowerCLITestShell {
    let console = CapturingHost()
    let shell: Shell
    let lab: Lab

    init() throws {
        lab = try Lab.makeDefault()
        shell = Shell(host: console, registry: CoreCommands.registry(), formats: FormatRegistry())
        PowerCLISession.install(into: shell, lab: lab)
    }

    /// Runs `text` and returns the lines printed by it alone.
    @discardableResult
    func run(_ text: String) -> (output: [String], errors: [String]) {
        _ = console.take()
        shell.run(text)
        let lines = console.take()
        return (lines.filter { $0.stream != .error }.map(\.text), lines.filter { $0.stream == .error }.map(\.text))
    }

    static let connect = "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null; $vTA = Get-TrustAuthorityCluster 'vTA Cluster'"
}
