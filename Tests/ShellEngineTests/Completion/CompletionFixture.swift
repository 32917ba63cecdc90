import Foundation
@testable import ShellEngine
import TestSupport

/// `Get-Widget [[-Name] <String[]>] [-State <WidgetState>] [-Path <String>] [-Force] [-Count <Int32>]`.
final class GetWidgetCommand: Cmdlet {
    enum WidgetState: String, EnumerationValue {
        case enabled = "Enabled", disabled = "Disabled"
        static let typeName = "Tests.WidgetState"
        static var unboundValue: WidgetState { .enabled }
    }

    static let command = CommandDescription(name: "Get-Widget", className: "Tests.GetWidget", synopsis: "Test command.")

    @Parameter(position: 0) var name: [String]
    @Parameter var state: WidgetState?
    @Parameter(aliases: ["FilePath"]) var path: String?
    @Parameter var force: SwitchParameter
    @Parameter var count: Int?
}

/// `Get-WidgetGroup`: a second name sharing the `Get-Widget` prefix.
final class GetWidgetGroupCommand: Cmdlet {
    static let command = CommandDescription(name: "Get-WidgetGroup", className: "Tests.GetWidgetGroup", synopsis: "Test command.")
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
        return Shell(host: RecordingHost(), registry: registry)
    }

    /// The candidates for `text` with the cursor at its end.
    static func complete(_ text: String, in shell: Shell) -> CompletionCandidates {
        CommandCompletion(shell: shell).complete(line: text, cursor: text.utf8.count)
    }
}
