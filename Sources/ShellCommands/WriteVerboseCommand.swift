import ShellEngine

/// `Write-Verbose`: `VERBOSE: text` when `-Verbose` or `$VerbosePreference` asks for it.
public final class WriteVerboseCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Verbose", className: "Microsoft.PowerShell.Commands.WriteVerboseCommand",
        synopsis: "Writes text to the verbose message stream.")

    @Parameter(aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the message to send to the verbose message stream.")
    var message: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.writeVerbose(message)
    }
}
