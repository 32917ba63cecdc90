import ShellEngine

/// `Remove-Module` (`rmo`): unloads modules; their exported functions and variables leave the session.
public final class RemoveModuleCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-Module", className: "Microsoft.PowerShell.Commands.RemoveModuleCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Removes modules from the current session.",
        description: "The Remove-Module cmdlet removes the members of a module, such as cmdlets and functions, from the current session. It does not uninstall the module or delete it from the computer.",
        defaultParameterSet: "name", supportsShouldProcess: true,
        examples: [
            HelpExample("Remove-Module -Name BitsTransfer", "This command removes the BitsTransfer module from the current session."),
        ])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, set: "name", description: "Specifies the names of modules to remove. Wildcard characters are permitted.", wildcards: true)
    var name: [String]
    @Parameter(description: "Indicates that this cmdlet removes read-only modules.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        var removedAny = false
        var hasWildcards = false
        for pattern in name.map({ WildcardPattern($0) }) {
            hasWildcards = hasWildcards || pattern.hasWildcards
            for module in shell.modules.loaded where pattern.matches(module.name) {
                guard try context.shouldProcess(target: "\(module.name) (Path: '\(module.path)')", action: "Remove-Module") else { continue }
                shell.removeModule(module)
                removedAny = true
            }
        }
        if !removedAny && !hasWildcards {
            // Source: PowerShell's RemoveModuleCommand.cs and Modules.resx NoModulesRemoved.
            try context.writeError(context.errorRecord(
                "No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.",
                id: "Modules_NoModulesRemoved", category: .resourceUnavailable, reason: "InvalidOperationException"))
        }
    }
}
