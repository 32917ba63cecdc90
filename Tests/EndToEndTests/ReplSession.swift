import Foundation
import Testing
import TestSupport

/// `vtash` started on a pseudo-terminal with its own home directory (so its history file is
/// private to the test), and what the tests type into it.
struct ReplSession {
    let terminal: PseudoTerminal
    let home: URL
    /// The first prompt: the location vtash starts in is this process's.
    let prompt = "PS \(FileManager.default.currentDirectoryPath)> "

    static func makeHome() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts vtash; colour is off unless `color` (NO_COLOR set otherwise).
    init(home: URL? = nil, color: Bool = false, environment: [String: String] = [:], columns: UInt16 = 100) throws {
        self.home = try home ?? Self.makeHome()
        var overrides = ["HOME": self.home.path, "TZ": "UTC"]
        overrides["NO_COLOR"] = color ? "" : "1"
        for (key, value) in environment { overrides[key] = value }
        terminal = try PseudoTerminal(
            executable: VtashProcess.executable.path, environment: overrides.merging(["XDG_DATA_HOME": ""]) { current, _ in current },
            columns: columns)
    }

    var historyFile: URL { home.appendingPathComponent(".local/share/vtash/history") }

    /// The history file's text: every accepted line (sensitive ones excepted) as the editor took it,
    /// which is how a completion that only redrew part of the line is checked.
    var history: String { (try? String(contentsOf: historyFile, encoding: .utf8)) ?? "" }

    /// Waits for the main prompt with the editor reading keys.
    @discardableResult
    func expectPrompt(timeout: Double = 10) -> Bool { terminal.expectPrompt(prompt, timeout: timeout) }

    /// Types `line` and Enter, then waits for the next main prompt.
    @discardableResult
    func run(_ line: String) -> Bool {
        terminal.send(line + "\r")
        return expectPrompt()
    }

    /// Ctrl+C on the line being edited, then waits for the fresh prompt (matching only prompts
    /// after the `^C`, not one the editor redrew before it).
    @discardableResult
    func cancelLine() -> Bool {
        terminal.send("\u{3}")
        return terminal.expect("^C") && expectPrompt()
    }

    /// Ctrl+D on an empty line; the exit code.
    func exit() -> Int32? {
        terminal.send("\u{4}")
        return terminal.waitForExit(timeout: 10)
    }

    /// Connects to the lab's vCenter and keeps its Trust Authority cluster in `$vTA`.
    func connect() {
        #expect(run("$null = Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'"))
        #expect(run("$vTA = Get-TrustAuthorityCluster 'vTA Cluster'"))
    }
}
