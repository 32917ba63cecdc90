import ShellEngine

/// A host that records every line the shell prints, in order, with the stream marked for errors,
/// warnings and verbose text; prompts are answered from a queue.
final class RecordingHost: ShellHost {
    var lines: [String] = []
    var answers: [String]
    var secrets: [String]
    var prompts: [String] = []
    var progress: [ProgressRecord] = []
    let isInteractive: Bool
    let width: Int
    var interruptAfter: Int?
    private var interruptChecks = 0

    init(width: Int = 120, interactive: Bool = false, answers: [String] = [], secrets: [String] = []) {
        self.width = width
        self.isInteractive = interactive
        self.answers = answers
        self.secrets = secrets
    }

    func writeOutputLine(_ line: String) { lines.append(line) }
    func writeErrorLine(_ line: String) { lines.append("ERR:" + line) }
    func writeWarningLine(_ line: String) { lines.append(line) }
    func writeVerboseLine(_ line: String) { lines.append(line) }
    func writeHost(_ text: String, newline: Bool) { lines.append(text) }
    func writeProgress(_ record: ProgressRecord) { progress.append(record) }

    func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return answers.isEmpty ? nil : answers.removeFirst()
    }

    func readSecret(prompt: String) -> String? {
        prompts.append(prompt)
        return secrets.isEmpty ? nil : secrets.removeFirst()
    }

    func takeInterrupt() -> Bool {
        interruptChecks += 1
        if let limit = interruptAfter, interruptChecks >= limit { interruptAfter = nil; return true }
        return false
    }

    /// Everything printed, one line per element, joined with newlines.
    var text: String { lines.joined(separator: "\n") }
}

/// A fresh shell on a recording host.
func makeShell(width: Int = 120, interactive: Bool = false, answers: [String] = [], secrets: [String] = []) -> (Shell, RecordingHost) {
    let host = RecordingHost(width: width, interactive: interactive, answers: answers, secrets: secrets)
    return (Shell(host: host, registry: CoreCommands.registry(), formats: FormatRegistry()), host)
}

/// Runs `script` in a fresh shell and returns the printed text.
func output(of script: String, width: Int = 120) -> String {
    let (shell, host) = makeShell(width: width)
    shell.run(script)
    return host.text
}
