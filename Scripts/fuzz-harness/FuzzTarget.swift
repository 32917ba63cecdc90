import Foundation
import PowerShellSyntax
import ShellCommands
import ShellEngine
import ShellFormatting

/// libFuzzer entry: parses the input and, when it parses, runs it in a sandboxed shell (no external
/// programs, no file writes) whose registry holds only in-process cmdlets, so the binder, the
/// operators and the formatter see arbitrary scripts. A step budget ends endless loops.
final class FuzzHost: ShellHost {
    var steps = 0
    func writeOutputLine(_ line: String) {}
    func writeErrorLine(_ line: String) {}
    func writeWarningLine(_ line: String) {}
    func writeVerboseLine(_ line: String) {}
    func writeHost(_ text: String, newline: Bool) {}
    func readLine(prompt: String) -> String? { nil }
    func readSecret(prompt: String) -> String? { nil }
    var isInteractive: Bool { false }
    var width: Int { 80 }
    func takeInterrupt() -> Bool {
        steps += 1
        return steps > 20_000
    }
}

/// Commands that only compute: nothing touching files, the network, the clock or the terminal.
let fuzzCommands: Set<String> = [
    "select-object", "sort-object", "where-object", "foreach-object", "group-object", "measure-object", "get-member",
    "format-table", "format-list", "format-wide", "out-string", "out-null", "write-output", "write-warning", "write-error",
    "write-verbose", "convertto-json", "convertfrom-json", "convertto-csv", "convertfrom-csv", "get-variable", "set-variable",
    "new-variable", "remove-variable", "clear-variable", "convertto-securestring", "new-object", "get-command", "get-help",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Parser.parse(text)
    var registry = CommandRegistry()
    registry.register(CoreCommands.cmdlets.filter { fuzzCommands.contains($0.metadata.name.lowercased()) })
    for (name, target) in CoreCommands.aliases where fuzzCommands.contains(target.lowercased()) { registry.alias(name, target) }
    var views = FormatRegistry()
    for view in CoreCommands.views { views.register(view) }
    let shell = Shell(host: FuzzHost(), registry: registry, output: ViewFormatting(views: views))
    shell.isSandboxed = true
    shell.run(text)
    return 0
}
