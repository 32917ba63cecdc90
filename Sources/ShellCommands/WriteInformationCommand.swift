import ShellEngine

/// `Write-Information`: the information stream, shown when `$InformationPreference` is Continue.
public final class WriteInformationCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Information", className: "Microsoft.PowerShell.Commands.WriteInformationCommand",
        synopsis: "Specifies how PowerShell handles information stream data for a command.")

    @Parameter(aliases: ["Msg", "Message"], mandatory: true, position: 0, description: "Specifies an informational message that you want to display to users.")
    var messageData: Value
    @Parameter(position: 1, description: "One or more strings that you can use to sort and filter messages.")
    var tags: [String]

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.recordInformation(messageData, tags: tags)
        let preference = context.informationAction
            ?? LanguagePrimitives.toString(context.shell.variable("InformationPreference") ?? .string("SilentlyContinue"))
        if preference.lowercased() == "continue" {
            context.host.writeHost(LanguagePrimitives.toString(messageData), newline: true)
        }
    }
}
