import ShellEngine

/// `New-Alias` (`nal`): creates an alias; an alias of that name must not exist yet (unless -Force).
public final class NewAliasCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-Alias", className: "Microsoft.PowerShell.Commands.NewAliasCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a new alias.",
        description: "The New-Alias cmdlet creates a new alias in the current PowerShell session. To create or change an alias that already exists, use Set-Alias (or -Force).",
        supportsShouldProcess: true,
        examples: [
            HelpExample("New-Alias -Name \"List\" Get-ChildItem", "Creates the alias List for Get-ChildItem."),
        ])

    @Parameter(mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the new alias. You can use any alphanumeric characters in an alias, but the first character cannot be a number.")
    var name: String
    @Parameter(mandatory: true, position: 1, pipeline: .byPropertyName, description: "Specifies the name of the cmdlet or command element that is being aliased.")
    var value: String
    @Parameter("Description", pipeline: .byPropertyName, description: "Specifies a description of the alias.")
    var aliasDescription: String?
    @Parameter(description: "Returns an object representing the item with which you are working.")
    var passThru: SwitchParameter
    @Parameter(description: "Specifies the scope of the new alias.")
    var scope: String?
    @Parameter(description: "Specifies the value of the Options property of the alias.")
    var option: [String]
    @Parameter(description: "Indicates that the cmdlet acts like Set-Alias if the alias named already exists.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        // NewAliasCommand.cs: the existing alias is looked up (a bad -Scope terminating here) before the alias is set
        // (where a bad -Scope is a non-terminating error).
        let existing: String?
        do {
            existing = force.isPresent ? nil : try context.shell.aliasTarget(name, inScope: scope)
        } catch {
            throw context.failure(error.record.message, id: error.record.errorId, category: error.record.category,
                                  reason: error.record.reason, targetName: scope ?? "", targetType: "String")
        }
        if existing != nil {
            // Source: PowerShell's SessionStateStrings AliasAlreadyExists (SessionStateException, ResourceExists).
            try context.writeError(context.errorRecord(
                "The alias is not allowed, because an alias with the name '\(name)' already exists.", id: "AliasAlreadyExists",
                category: .resourceExists, reason: "SessionStateException", targetName: name, targetType: "String"))
            return
        }
        guard try context.shouldProcess(target: "Name: \(name) Value: \(value)", action: "New Alias") else { return }
        do {
            try context.shell.setAlias(name, value, scope: scope)
        } catch {
            try context.writeError(context.errorRecord(error.record.message, id: error.record.errorId, category: error.record.category,
                                                       reason: error.record.reason, targetName: scope ?? "", targetType: "String"))
            return
        }
        if passThru.isPresent { try context.write(.object(AliasObjects.object(name: name, target: value, shell: context.shell))) }
    }
}
