import ShellEngine

/// `Clear-Variable` (`clv`): sets variables to `$null`, keeping them.
public final class ClearVariableCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Clear-Variable", className: "Microsoft.PowerShell.Commands.ClearVariableCommand",
        synopsis: "Deletes the value of a variable.",
        supportsShouldProcess: true)

    @Parameter(mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the name of the variable to be cleared.", wildcards: true)
    var name: [String]
    @Parameter(description: VariableCommands.scopeDescription)
    var scope: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        for name in self.name {
            guard context.shell.variable(name) != nil else {
                try context.writeError(VariableCommands.notFound(name, context))
                continue
            }
            context.shell.setVariable(name, .null, scope: scope?.lowercased())
        }
    }
}
