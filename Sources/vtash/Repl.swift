import Foundation
import LineEditor
import PowerShellSyntax
import ShellEngine

/// The read-eval-print loop: `PS /path> ` prompts, `>> ` for unfinished statements, Tab
/// completion from the shell, history under the user's data directory.
struct Repl {
    let shell: Shell
    let host: ConsoleHost

    func run() -> Int32 {
        let completion = Completion(CommandCompletion(shell: shell))
        let reader = LineEditorFactory.make(
            programName: "vtash", historyFile: Repl.historyPath(),
            completion: { line, cursor in completion.complete(line: line, cursor: cursor) })
        host.reader = reader
        defer { reader.close() }
        var pending: [String] = []
        while true {
            let prompt = pending.isEmpty ? shell.prompt : ">> "
            completion.context = pending
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !pending.isEmpty { _ = execute(ParsedInput(pending.joined(separator: "\n"))) }
                return shell.lastExitCode
            case .interrupted:
                pending.removeAll()
            case .line(let line):
                pending.append(line)
                let text = pending.joined(separator: "\n")
                let input = ParsedInput(text)
                if input.isIncomplete { continue }
                pending.removeAll()
                let code = execute(input)
                // Decided after the run, by what the binder bound: a line that shows a secret (a value
                // given to -Password however spelt, or one the session saw bound) is not kept at all;
                // the others go through PSReadLine's word filter in the reader.
                if !shell.revealsSecret(text) { reader.addHistory(text) }
                if let code { return code }
            }
        }
    }

    /// Runs one statement; the exit code when it was `exit`.
    private func execute(_ input: ParsedInput) -> Int32? {
        let outcome = shell.run(typed: input)
        host.flushOutput()
        // The terminal echoed ^C where the command was stopped; the prompt starts on a new line.
        if host.takeInterruptedCommand() {
            print("")
            fflush(nil)
        }
        if case .exited(let code) = outcome { return code }
        return nil
    }

    /// `$XDG_DATA_HOME/vtash/history`, else `~/.local/share/vtash/history`; nil without a home
    /// (history then stays in memory).
    static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/vtash/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/vtash/history"
    }
}

extension Repl {
    /// Bridges the editor's completion callback to the shell. The editor calls it on the main
    /// thread while it reads a line, never while a command runs, hence `@unchecked Sendable`.
    final class Completion: @unchecked Sendable {
        private let completion: CommandCompletion
        /// Lines of the unfinished statement above the one being edited (after `>> `), so
        /// completion sees the command they started.
        var context: [String] = []

        init(_ completion: CommandCompletion) {
            self.completion = completion
        }

        func complete(line: String, cursor: Int) -> CompletionResult {
            let before = context.isEmpty ? "" : context.joined(separator: "\n") + "\n"
            let offset = before.utf8.count
            let result = completion.complete(line: before + line, cursor: offset + cursor)
            guard result.replacementStart >= offset, !result.candidates.isEmpty else { return .none }
            return CompletionResult(replacementStart: result.replacementStart - offset, candidates: result.candidates)
        }
    }
}
