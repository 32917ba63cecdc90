import PowerCLI
import ShellEngine
import TrustAuthority

/// Records what a shell prints.
final class RecordingConsole: ShellHost {
    var output: [String] = []
    var errors: [String] = []

    func writeOutputLine(_ line: String) { output.append(line) }
    func writeErrorLine(_ line: String) { errors.append(line) }
    func writeWarningLine(_ line: String) { output.append(line) }
    func writeVerboseLine(_ line: String) { output.append(line) }
    func writeHost(_ text: String, newline: Bool) { output.append(text) }
    func readLine(prompt: String) -> String? { nil }
    func readSecret(prompt: String) -> String? { nil }
    var isInteractive: Bool { false }
    var width: Int { 120 }
    func takeInterrupt() -> Bool { false }
}

/// A shell with PowerCLI installed on a fresh default lab.
struct PowerCLITestShell {
    let console = RecordingConsole()
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
        let outputStart = console.output.count
        let errorStart = console.errors.count
        shell.run(text)
        return (Array(console.output[outputStart...]), Array(console.errors[errorStart...]))
    }

    static let connect = "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null; $vTA = Get-TrustAuthorityCluster 'vTA Cluster'"
}
