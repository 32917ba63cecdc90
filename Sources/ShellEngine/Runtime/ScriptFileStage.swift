import Foundation
import PowerShellSyntax

/// `./script.ps1 args`, `& path args`, `. ./common.ps1`.
final class ScriptFileStage: PipelineStage {
    let shell: Shell
    let path: String
    let arguments: [CommandArgument]
    let dotSource: Bool
    var downstream: Emit = { _ in }
    var failed = false

    init(shell: Shell, path: String, arguments: [CommandArgument], dotSource: Bool) {
        self.shell = shell
        self.path = path
        self.arguments = arguments
        self.dotSource = dotSource
    }

    func begin() throws {}
    func process(_ item: Value?) throws {}
    func end() throws {
        let values = arguments.map { argument -> ScriptArgument in
            switch argument {
            case .named(let name, let value, _, _): return .named(name, value)
            case .positional(let value, _): return .positional(value)
            }
        }
        try shell.runScriptFile(path: path, arguments: values, dotSource: dotSource, emit: downstream)
    }
}
