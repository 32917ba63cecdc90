import Foundation
import ShellCommands
import ShellEngine

/// A shell on a transcribing capturing host with the transcript cmdlets registered, in a temporary directory.
package final class TranscriptSession {
    package let capture = CapturingHost()
    package let host: TranscribingHost
    package let shell: Shell
    package let directory: String

    package init() {
        host = TranscribingHost(wrapping: capture)
        var registry = CoreCommands.registry()
        registry.register([StartTranscriptCommand.self, StopTranscriptCommand.self])
        shell = Shell(host: host, registry: registry)
        directory = NSTemporaryDirectory() + "vtash-transcript-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? shell.setLocation(directory)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs statements one by one, as typed at the prompt.
    package func type(_ statements: [String]) {
        for statement in statements { shell.run(statement) }
    }

    package func file(_ name: String) -> String {
        (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
    }

    /// A shell for replay on a fresh capturing host, in the same directory.
    package func replayShell(_ capture: CapturingHost) -> Shell {
        let shell = Shell(host: capture, registry: CoreCommands.registry())
        try? shell.setLocation(directory)
        return shell
    }
}
