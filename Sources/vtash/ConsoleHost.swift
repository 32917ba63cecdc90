import Foundation
import LineEditor
import ShellEngine

/// The terminal (or pipe) vtash runs on: output to stdout, errors to stderr, colour only on a terminal.
final class ConsoleHost: ShellHost {
    let isInteractive: Bool
    var reader: (any LineReading)?
    private let errorColor: Bool

    init(interactive: Bool) {
        self.isInteractive = interactive
        self.errorColor = TerminalCapabilities.colorEnabled && TerminalCapabilities.stderrIsTerminal
        InterruptSignal.install()
    }

    var width: Int { TerminalCapabilities.stdoutIsTerminal ? TerminalCapabilities.columns : 120 }

    func writeOutputLine(_ line: String) { print(line) }

    func writeErrorLine(_ line: String) {
        fflush(nil)
        let text = errorColor ? "\u{1B}[91m\(line)\u{1B}[0m\n" : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func writeWarningLine(_ line: String) {
        print(TerminalCapabilities.colorEnabled ? "\u{1B}[93m\(line)\u{1B}[0m" : line)
    }

    func writeVerboseLine(_ line: String) {
        print(TerminalCapabilities.colorEnabled ? "\u{1B}[93m\(line)\u{1B}[0m" : line)
    }

    func writeHost(_ text: String, newline: Bool) { print(text, terminator: newline ? "\n" : "") }

    func readLine(prompt: String) -> String? {
        guard isInteractive else { return nil }
        // Never Swift.readLine: with the SIGINT handler installed it spins on EINTR.
        let active = reader ?? LineEditorFactory.make(programName: "vtash", historyFile: nil, completion: nil)
        reader = active
        if case .line(let line) = active.readLine(prompt: prompt) { return line }
        return nil
    }

    func readSecret(prompt: String) -> String? {
        guard isInteractive else { return nil }
        return reader?.readSecret(prompt: prompt) ?? readLine(prompt: prompt)
    }

    func takeInterrupt() -> Bool { InterruptSignal.takePending() }
}
