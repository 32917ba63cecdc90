import ShellEngine

/// `Write-Warning`: `WARNING: text` on the warning stream.
public final class WriteWarningCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Warning", className: "Microsoft.PowerShell.Commands.WriteWarningCommand",
        synopsis: "Writes a warning message.")

    @Parameter(aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the warning message.")
    var message: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        context.writeWarning(message)
    }
}
