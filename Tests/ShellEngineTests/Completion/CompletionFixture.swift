import Foundation
@testable import ShellEngine

/// A host that answers nothing: completion never writes or prompts.
final class CompletionTestHost: ShellHost {
    var output: [String] = []
    func writeOutputLine(_ line: String) { output.append(line) }
    func writeErrorLine(_ line: String) { output.append(line) }
    func writeWarningLine(_ line: String) { output.append(line) }
    func writeVerboseLine(_ line: String) { output.append(line) }
    func writeHost(_ text: String, newline: Bool) { output.append(text) }
    func readLine(prompt: String) -> String? { nil }
    func readSecret(prompt: String) -> String? { nil }
    var isInteractive: Bool { false }
    var width: Int { 120 }
    func takeInterrupt() -> Bool { false }
}

/// `Get-Widget [[-Name] <String[]>] [-State <WidgetState>] [-Path <String>] [-Force] [-Count <Int32>]`.
final class GetWidgetCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Widget", className: "Tests.GetWidget", synopsis: "Test command.",
        parameters: [
            ParameterMetadata("Name", .array(.string), position: 0),
            ParameterMetadata("State", .enumeration(typeName: "Tests.WidgetState", names: ["Enabled", "Disabled"])),
            ParameterMetadata("Path", .string, aliases: ["FilePath"]),
            ParameterMetadata("Force", .switchParameter),
            ParameterMetadata("Count", .int),
        ])
}

/// `Get-WidgetGroup`: a second name sharing the `Get-Widget` prefix.
final class GetWidgetGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Get-WidgetGroup", className: "Tests.GetWidgetGroup", synopsis: "Test command.", parameters: [])
}

/// Offers widget names for `-Name` of the widget commands, recording what it was asked.
final class WidgetNameCompleter: ArgumentCompleter {
    var names: [String]
    var requests: [ArgumentCompletionRequest] = []

    init(names: [String]) {
        self.names = names
    }

    func completeArgument(_ request: ArgumentCompletionRequest) -> [String] {
        requests.append(request)
        return request.parameterName == "Name" ? names : []
    }
}

enum CompletionFixture {
    static func shell() -> Shell {
        var registry = CommandRegistry()
        registry.register([GetWidgetCommand.self, GetWidgetGroupCommand.self])
        registry.alias("gw", "Get-Widget")
        return Shell(host: CompletionTestHost(), registry: registry, formats: FormatRegistry())
    }

    /// The candidates for `text` with the cursor at its end.
    static func complete(_ text: String, in shell: Shell) -> CompletionCandidates {
        CommandCompletion(shell: shell).complete(line: text, cursor: text.utf8.count)
    }
}
