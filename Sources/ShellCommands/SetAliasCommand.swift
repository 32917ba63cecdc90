import ShellEngine

/// `Set-Alias` (`sal`): creates or changes an alias for the session.
public final class SetAliasCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-Alias", className: "Microsoft.PowerShell.Commands.SetAliasCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
        description: "The Set-Alias cmdlet creates or changes an alias for a cmdlet or a command, such as a function, script, file, or other executable. An alias is an alternate name that refers to a cmdlet or command.",
        supportsShouldProcess: true,
        examples: [
            HelpExample("Set-Alias -Name list -Value Get-ChildItem", "Creates the alias list for Get-ChildItem."),
        ])

    @Parameter(mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the name of a new alias.")
    var name: String
    @Parameter(mandatory: true, position: 1, pipeline: .byPropertyName, description: "Specifies the name of the cmdlet or command that the alias runs.")
    var value: String
    @Parameter("Description", pipeline: .byPropertyName, description: "Specifies a description of the alias.")
    var aliasDescription: String?
    @Parameter(description: "Returns an object that represents the alias.")
    var passThru: SwitchParameter
    @Parameter(description: "Specifies the scope in which this alias is valid.")
    var scope: String?
    @Parameter(description: "Sets the Option property of the alias.")
    var option: [String]
    @Parameter(description: "Use the Force parameter to change or delete an alias that has the Option parameter set to ReadOnly.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard try context.shouldProcess(target: "Name: \(name) Value: \(value)", action: "Set Alias") else { return }
        do {
            try context.shell.setAlias(name, value, scope: scope)
        } catch {
            // A bad -Scope is terminating: SetAliasCommand.cs catches only SessionStateException.
            throw context.failure(error.record.message, id: error.record.errorId, category: error.record.category,
                                  reason: error.record.reason, targetName: scope ?? "", targetType: "String")
        }
        if passThru.isPresent { try context.write(.object(AliasObjects.object(name: name, target: value, shell: context.shell))) }
    }
}
