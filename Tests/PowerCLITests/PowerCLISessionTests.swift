import PowerCLI
import ShellEngine
import Testing

/// A PowerCLI cmdlet in a shell where PowerCLI was registered but not installed (no session, no lab) fails with a
/// clear error instead of trapping.
@Suite struct PowerCLISessionTests {
    @Test func aCmdletWithoutAnInstalledSessionFailsWithAClearError() {
        let console = CapturingHost()
        var registry = CommandRegistry()
        registry.register(PowerCLICommands.cmdlets)
        let shell = Shell(host: console, registry: registry)
        for command in ["Get-LabKeyServer", "Connect-VIServer 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'",
                        "Get-TrustAuthorityCluster", "New-LabKeyServerKey 192.168.110.91"] {
            _ = console.take()
            shell.run(command + "; 'went on'")
            let lines = console.take()
            let name = String(command.prefix { $0 != " " })
            #expect(lines.first { $0.stream == .error }?.text ==
                "\(name) : The PowerCLI session is not initialized in this shell: \(name) has no lab to act on. Start the shell with PowerCLI installed (PowerCLISession.install(into:lab:)).")
            #expect(lines.filter { $0.stream != .error }.map(\.text) == ["went on"])
        }
    }
}
