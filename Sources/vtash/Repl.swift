import Foundation
import LineEditor
import PowerShellSyntax
import ShellEngine

/// The read-eval-print loop: `PS /path> ` prompts, `>> ` for unfinished statements.
struct Repl {
    let shell: Shell
    let host: ConsoleHost

    func run() -> Int32 {
        let historyFile = Repl.historyPath()
        let reader = LineEditorFactory.make(programName: "vtash", historyFile: historyFile, completion: nil)
        host.reader = reader
        defer { reader.close() }
        var pending: [String] = []
        while true {
            let prompt = pending.isEmpty ? shell.prompt : ">> "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !pending.isEmpty { _ = shell.run(pending.joined(separator: "\n")) }
                return shell.lastExitCode
            case .interrupted:
                pending.removeAll()
            case .line(let line):
                pending.append(line)
                let text = pending.joined(separator: "\n")
                if Parser.isIncomplete(text) { continue }
                pending.removeAll()
                reader.addHistory(text)
                if case .exited(let code) = shell.run(text) { return code }
            }
        }
    }

    static func historyPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"] ?? environment["HOME"].map { $0 + "/.local/share" }
        return base.map { $0 + "/vtash/history" }
    }
}
