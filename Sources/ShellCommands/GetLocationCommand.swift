import ShellEngine

/// `Get-Location` (`pwd`, `gl`).
public final class GetLocationCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Location", className: "Microsoft.PowerShell.Commands.GetLocationCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets information about the current working location or a location stack.")

    public init() {}

    public func process(_ context: CommandContext) throws {
        try context.write(.object(context.shell.pathInfo(context.shell.location)))
    }
}
