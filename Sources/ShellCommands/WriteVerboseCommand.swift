import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Verbose`: `VERBOSE: text` when `-Verbose` or `$VerbosePreference` asks for it.
public final class WriteVerboseCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Verbose", className: "Microsoft.PowerShell.Commands.WriteVerboseCommand",
        synopsis: "Writes text to the verbose message stream.",
        parameters: [ParameterMetadata("Message", .string, aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the message to send to the verbose message stream.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.writeVerbose(context.parameters.string("Message") ?? "")
    }
}
