import ShellEngine

/// `Remove-Variable` (`rv`): deletes variables, by name or wildcard.
public final class RemoveVariableCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-Variable", className: "Microsoft.PowerShell.Commands.RemoveVariableCommand",
        synopsis: "Deletes a variable and its value.",
        supportsShouldProcess: true)

    @Parameter(mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the name of the variable to be removed.", wildcards: true)
    var name: [String]
    @Parameter(description: "Indicates that the cmdlet removes a variable even if it is read-only.")
    var force: SwitchParameter
    @Parameter(description: VariableCommands.scopeDescription)
    var scope: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let scope = self.scope?.lowercased()
        for name in self.name {
            let pattern = WildcardPattern(name)
            let targets = pattern.hasWildcards ? shell.visibleVariables(scope: scope).map(\.name).filter { pattern.matches($0) } : [name]
            for target in targets {
                if shell.isConstantVariable(target) {
                    try context.writeError(context.errorRecord("Cannot remove variable \(target) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                                                               id: "VariableNotRemovable", category: .writeError, reason: "SessionStateUnauthorizedAccessException", targetName: target, targetType: "String"))
                    continue
                }
                guard try context.shouldProcess(target: "Name: \(target)", action: "Remove Variable") else { continue }
                if !shell.removeVariable(target, scope: scope) {
                    try context.writeError(VariableCommands.notFound(target, context))
                }
            }
        }
    }
}
