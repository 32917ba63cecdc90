import ShellEngine
import TrustAuthority
import VtashKit

/// The shell a case runs in: the configured shell (core cmdlets, views, PowerCLI) on a throw-away
/// in-memory lab, printing at the host's 120 columns.
enum ConformanceShell {
    static func make(host: CapturingHost) throws -> Shell {
        ConfiguredShell.make(host: host, lab: try Lab.makeDefault())
    }
}
