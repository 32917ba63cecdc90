import ShellEngine
import TrustAuthority
import VtashKit

/// A shell with PowerCLI installed on a fresh default lab.
package struct PowerCLITestShell {
    package let console = CapturingHost()
    package let shell: Shell
    package let lab: Lab

    package init() throws {
        try self.init(definition: .default)
    }

    /// A shell on a throw-away lab made from `definition` (other vCenters, users, clusters, key servers).
    package init(definition: LabDefinition) throws {
        lab = try Lab.inMemory(definition)
        shell = ConfiguredShell.make(host: console, lab: lab)
    }

    /// Runs `text` and returns the lines printed by it alone.
    @discardableResult
    package func run(_ text: String) -> (output: [String], errors: [String]) {
        _ = console.take()
        shell.run(text)
        let lines = console.take()
        return (lines.filter { $0.stream != .error }.map(\.text), lines.filter { $0.stream == .error }.map(\.text))
    }

    package static let connect = "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null; $vTA = Get-TrustAuthorityCluster 'vTA Cluster'"
}
