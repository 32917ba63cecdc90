import ShellEngine

/// `New-Guid`: a new random System.Guid (Microsoft.PowerShell.Utility, PowerShell 5.0 and later; 5.1 gives it no
/// parameters).
public final class NewGuidCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-Guid", className: "Microsoft.PowerShell.Commands.NewGuidCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a GUID.",
        description: "The New-Guid cmdlet creates a random globally unique identifier (GUID).",
        examples: [
            HelpExample("New-Guid", "Creates a random GUID."),
            HelpExample("$guid = (New-Guid).Guid", "Keeps the GUID's text in a variable."),
        ])

    public init() {}

    public func end(_ context: CommandContext) throws {
        try context.write(GuidObject.newValue())
    }
}
