import ShellEngine

/// `Write-Debug`: `DEBUG: text` when `-Debug` or `$DebugPreference` asks for it.
public final class WriteDebugCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Debug", className: "Microsoft.PowerShell.Commands.WriteDebugCommand",
        synopsis: "Writes a debug message to the console.")

    @Parameter(aliases: ["Msg"], mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the debug message to send to the console.")
    var message: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        let enabled = context.debugSwitch
            ?? (LanguagePrimitives.toString(context.shell.variable("DebugPreference") ?? .null).lowercased() == "continue")
        if enabled { context.host.writeVerboseLine("DEBUG: " + message) }
    }
}
