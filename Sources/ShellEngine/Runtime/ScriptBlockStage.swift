import Foundation
import PowerShellSyntax

/// `& { ... }` and `. { ... }`.
final class ScriptBlockStage: PipelineStage {
    let shell: Shell
    let block: ScriptBlockValue
    let arguments: [CommandArgument]
    let dotSource: Bool
    let isFirst: Bool
    var downstream: Emit = { _ in }
    var failed = false
    var input: [Value] = []

    init(shell: Shell, block: ScriptBlockValue, arguments: [CommandArgument], dotSource: Bool, isFirst: Bool) {
        self.shell = shell
        self.block = block
        self.arguments = arguments
        self.dotSource = dotSource
        self.isFirst = isFirst
    }

    func begin() throws {}
    func process(_ item: Value?) throws {
        if let item { input.append(item) }
    }

    func end() throws {
        let invocation = ScriptInvocation(arguments: arguments.map { argument in
            switch argument {
            case .named(let name, let value, _, _): return .named(name, value)
            case .positional(let value, _): return .positional(value)
            }
        })
        try shell.runScriptBlock(block, dollarUnder: nil, invocation: invocation, input: isFirst ? nil : input, newScope: !dotSource, emit: downstream)
    }
}
