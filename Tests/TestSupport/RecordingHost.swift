import ShellEngine
import VtashKit

/// A host that records every line the shell prints, in order, with the stream marked for errors,
/// warnings and verbose text; prompts are answered from a queue.
package final class RecordingHost: ShellHost {
    package var lines: [String] = []
    package var answers: [String]
    package var secrets: [String]
    package var prompts: [String] = []
    package var progress: [ProgressRecord] = []
    package let isInteractive: Bool
    package let width: Int
    package var interruptAfter: Int?
    private var interruptChecks = 0

    package init(width: Int = 120, interactive: Bool = false, answers: [String] = [], secrets: [String] = []) {
        self.width = width
        self.isInteractive = interactive
        self.answers = answers
        self.secrets = secrets
    }

    package func writeOutputLine(_ line: String) { lines.append(line) }
    package func writeErrorLine(_ line: String) { lines.append("ERR:" + line) }
    package func writeWarningLine(_ line: String) { lines.append(line) }
    package func writeVerboseLine(_ line: String) { lines.append(line) }
    package func writeHost(_ text: String, newline: Bool) { lines.append(text) }
    package func writeProgress(_ record: ProgressRecord) { progress.append(record) }

    package func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return answers.isEmpty ? nil : answers.removeFirst()
    }

    package func readSecret(prompt: String) -> String? {
        prompts.append(prompt)
        return secrets.isEmpty ? nil : secrets.removeFirst()
    }

    package func takeInterrupt() -> Bool {
        interruptChecks += 1
        if let limit = interruptAfter, interruptChecks >= limit { interruptAfter = nil; return true }
        return false
    }

    /// Everything printed, one line per element, joined with newlines.
    package var text: String { lines.joined(separator: "\n") }
}

/// A fresh shell on a recording host.
package func makeShell(width: Int = 120, interactive: Bool = false, answers: [String] = [], secrets: [String] = []) -> (Shell, RecordingHost) {
    let host = RecordingHost(width: width, interactive: interactive, answers: answers, secrets: secrets)
    return (ConfiguredShell.make(host: host), host)
}

/// Runs `script` in a fresh shell and returns the printed text.
package func output(of script: String, width: Int = 120) -> String {
    let (shell, host) = makeShell(width: width)
    shell.run(script)
    return host.text
}
