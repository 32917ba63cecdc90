import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Information`: the information stream, shown when `$InformationPreference` is Continue.
public final class WriteInformationCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Information", className: "Microsoft.PowerShell.Commands.WriteInformationCommand",
        synopsis: "Specifies how PowerShell handles information stream data for a command.",
        parameters: [
            ParameterMetadata("MessageData", .any, aliases: ["Msg", "Message"], mandatory: true, position: 0, description: "Specifies an informational message that you want to display to users."),
            ParameterMetadata("Tags", .array(.string), position: 1, description: "One or more strings that you can use to sort and filter messages."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let preference = context.parameters.string("InformationAction")
            ?? LanguagePrimitives.toString(context.shell.variable("InformationPreference") ?? .string("SilentlyContinue"))
        if preference.lowercased() == "continue" {
            context.host.writeHost(LanguagePrimitives.toString(context.parameters["MessageData"] ?? .null), newline: true)
        }
    }
}
