import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Warning`: `WARNING: text` on the warning stream.
public final class WriteWarningCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Warning", className: "Microsoft.PowerShell.Commands.WriteWarningCommand",
        synopsis: "Writes a warning message.",
        parameters: [ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the warning message.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.writeWarning(context.parameters.string("Message") ?? "")
    }
}
