import Foundation
import LineEditor
import ShellEngine

/// The terminal (or pipe) vtash runs on: output to stdout, errors to stderr, colour only on a
/// terminal (PowerShell 7's `$PSStyle` defaults), prompts through the REPL's line editor.
final class ConsoleHost: ShellHost {
    let isInteractive: Bool
    /// The REPL's editor; prompts the engine needs (mandatory parameters, `-Confirm`,
    /// `Read-Host`) are read through it so they get the same editing keys.
    var reader: (any LineReading)?
    private let outputStyle: ConsoleHost.Style?
    private let errorStyle: ConsoleHost.Style?
    /// The line after a blank one, held back until the next line shows whether it is a table
    /// header (a line of dashes follows), so the header can be coloured.
    private var heldLine: String?
    private var lastLineWasBlank = true
    /// Ctrl+C ended a running command since the REPL last asked.
    private var interruptedCommand = false
    /// `Write-Progress` draws only where it can redraw in place: stdout a terminal that moves the cursor.
    private let showsProgress: Bool
    /// Lines of the progress bar drawn below the cursor, which sits at the start of the first one.
    private var progressLines = 0

    init(interactive: Bool) {
        self.isInteractive = interactive
        let color = TerminalCapabilities.colorEnabled
        self.outputStyle = color ? ConsoleHost.Style() : nil
        self.errorStyle = color && TerminalCapabilities.stderrIsTerminal ? ConsoleHost.Style() : nil
        self.showsProgress = TerminalCapabilities.stdoutIsTerminal && !TerminalCapabilities.termIsDumb
        InterruptSignal.install()
    }

    /// `-Command` and `-File` end without a REPL to flush after them: a held-back line or a progress
    /// bar must not be lost or left on the screen.
    deinit {
        flushOutput()
    }

    var width: Int { TerminalCapabilities.stdoutIsTerminal ? TerminalCapabilities.columns : TerminalCapabilities.defaultColumns }

    // MARK: - Output

    func writeOutputLine(_ line: String) {
        clearProgress()
        guard let style = outputStyle else {
            print(line)
            return
        }
        if let held = heldLine {
            heldLine = nil
            if !held.isEmpty, ConsoleHost.Style.isHeaderRule(line) {
                print(style.tableHeader(held))
                print(style.tableHeader(line))
                lastLineWasBlank = false
                return
            }
            print(held)
        }
        if lastLineWasBlank, !line.isEmpty, !ConsoleHost.Style.isHeaderRule(line) {
            heldLine = line
            lastLineWasBlank = false
            return
        }
        print(line)
        lastLineWasBlank = line.isEmpty
    }

    func writeErrorLine(_ line: String) {
        flushOutput()
        let text = (errorStyle?.error(line) ?? line) + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func writeWarningLine(_ line: String) {
        flushOutput()
        print(outputStyle?.warning(line) ?? line)
    }

    func writeVerboseLine(_ line: String) {
        flushOutput()
        print(outputStyle?.verbose(line) ?? line)
    }

    func writeHost(_ text: String, newline: Bool) {
        flushOutput()
        print(text, terminator: newline ? "\n" : "")
        if newline { lastLineWasBlank = text.isEmpty }
    }

    /// Writes a held-back line; called before anything else reaches the terminal. A progress bar
    /// goes away first (the next `Write-Progress` draws it again below the new output).
    func flushOutput() {
        clearProgress()
        if let held = heldLine {
            heldLine = nil
            print(held)
            lastLineWasBlank = held.isEmpty
        }
        fflush(nil)
    }

    // MARK: - Progress

    /// Draws the bar in place of the previous one: its lines, then the cursor back to the first line,
    /// so output written next overwrites it (after `clearProgress()` erased it). `-Completed` removes it.
    func writeProgress(_ record: ProgressRecord) {
        guard showsProgress else { return }
        flushOutput()
        let columns = width
        let lines = record.lines(width: columns)
        guard !lines.isEmpty else {
            fflush(nil)
            return
        }
        // A line that wrapped would take two rows and the cursor would come back to the wrong one.
        var text = ""
        for line in lines {
            let fitted = String(line.prefix(max(1, columns - 1)))
            text += (outputStyle?.progress(fitted) ?? fitted) + "\u{1B}[K\n"
        }
        text += "\u{1B}[\(lines.count)A\r"
        print(text, terminator: "")
        fflush(nil)
        progressLines = lines.count
    }

    /// Erases a drawn progress bar (cursor at its first line, so erasing to the end of the screen does it).
    private func clearProgress() {
        guard progressLines > 0 else { return }
        progressLines = 0
        print("\r\u{1B}[J", terminator: "")
    }

    // MARK: - Prompts

    func readLine(prompt: String) -> String? {
        guard isInteractive else { return nil }
        flushOutput()
        let active = reader ?? LineEditorFactory.make(programName: "vtash", historyFile: nil, completion: nil)
        reader = active
        // Answers are not history entries: they belong to the command that asked.
        if case .line(let line) = active.readLine(prompt: prompt) { return line }
        return nil
    }

    func readSecret(prompt: String) -> String? {
        guard isInteractive else { return nil }
        flushOutput()
        let active = reader ?? LineEditorFactory.make(programName: "vtash", historyFile: nil, completion: nil)
        reader = active
        return active.readSecret(prompt: prompt)
    }

    // MARK: - Ctrl+C

    func takeInterrupt() -> Bool {
        guard InterruptSignal.takePending() else { return false }
        interruptedCommand = true
        return true
    }

    /// True once after Ctrl+C stopped a command.
    func takeInterruptedCommand() -> Bool {
        defer { interruptedCommand = false }
        return interruptedCommand
    }
}

extension ConsoleHost {
    /// PowerShell 7's default `$PSStyle.Formatting` colours, as ANSI sequences.
    struct Style {
        static let reset = "\u{1B}[0m"
        static let errorColor = "\u{1B}[31;1m"
        static let warningColor = "\u{1B}[33;1m"
        static let verboseColor = "\u{1B}[33;1m"
        static let tableHeaderColor = "\u{1B}[32;1m"
        /// `$PSStyle.Progress.Style`.
        static let progressColor = "\u{1B}[33;1m"

        func error(_ line: String) -> String { Self.paint(line, Self.errorColor) }
        func warning(_ line: String) -> String { Self.paint(line, Self.warningColor) }
        func verbose(_ line: String) -> String { Self.paint(line, Self.verboseColor) }
        func tableHeader(_ line: String) -> String { Self.paint(line, Self.tableHeaderColor) }
        func progress(_ line: String) -> String { Self.paint(line, Self.progressColor) }

        private static func paint(_ line: String, _ color: String) -> String {
            line.isEmpty ? line : color + line + reset
        }

        /// The dashes under a table's column labels: only `-` and spaces, at least one dash.
        static func isHeaderRule(_ line: String) -> Bool {
            line.contains("-") && line.allSatisfy { $0 == "-" || $0 == " " }
        }
    }
}
