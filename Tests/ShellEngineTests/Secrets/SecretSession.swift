import Foundation
import ShellCommands
@testable import ShellEngine
import VtashKit

/// A shell that records a transcript of everything typed into it, with `Enter-TestLogin` registered; each
/// statement is run as a typed line, and `kept` says whether the REPL would keep it in its history.
final class SecretSession {
    let capture = CapturingHost()
    let shell: Shell
    let directory: String
    /// Each typed line and whether it would go to the history (it shows no secret).
    private(set) var kept: [(line: String, kept: Bool)] = []

    init() {
        let host = TranscribingHost(wrapping: capture)
        shell = ConfiguredShell.make(host: host)
        shell.registry.register([EnterTestLoginCommand.self, SetTestPolicyCommand.self])
        directory = NSTemporaryDirectory() + "vtash-secrets-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? shell.setLocation(directory)
        shell.run("Start-Transcript -Path session.txt | Out-Null")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs each statement as a line typed at the prompt, then stops the transcript and returns its lines
    /// after the header (prompt lines and output).
    func type(_ statements: [String]) -> [String] {
        for statement in statements {
            shell.run(statement)
            kept.append((statement, !shell.revealsSecret(statement)))
        }
        shell.run("Stop-Transcript | Out-Null")
        let text = (try? String(contentsOfFile: directory + "/session.txt", encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Transcript started") }) else { return lines }
        return Array(lines[(start + 1)...].prefix { $0 != "**********************" }).filter { !$0.hasPrefix(prompt + "Stop-Transcript") }
    }

    var transcript: String { (try? String(contentsOfFile: directory + "/session.txt", encoding: .utf8)) ?? "" }

    /// `PS /dir> ` as the transcript shows the prompt.
    var prompt: String { shell.prompt }
}
