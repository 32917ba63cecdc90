import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Debug`: `DEBUG: text` when `-Debug` or `$DebugPreference` asks for it.
public final class WriteDebugCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Debug", className: "Microsoft.PowerShell.Commands.WriteDebugCommand",
        synopsis: "Writes a debug message to the console.",
        parameters: [ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the debug message to send to the console.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let enabled = context.parameters.has("Debug") ? context.parameters.isOn("Debug")
            : LanguagePrimitives.toString(context.shell.variable("DebugPreference") ?? .null).lowercased() == "continue"
        if enabled { context.host.writeVerboseLine("DEBUG: " + (context.parameters.string("Message") ?? "")) }
    }
}
