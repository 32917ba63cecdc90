import ShellEngine
import ShellFormatting

/// `Get-Help` (`help`): help text generated from a command's own metadata.
public final class GetHelpCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Help", className: "Microsoft.PowerShell.Commands.GetHelpCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Displays information about PowerShell commands and concepts.",
        description: "The Get-Help cmdlet displays information about PowerShell concepts and commands, including cmdlets, functions and aliases.",
        defaultParameterSet: "AllUsersView")

    @Parameter(position: 0, pipeline: .byPropertyName, description: "Gets help about the specified command or concept.")
    var name: String?
    @Parameter(set: "AllUsersView", description: "Displays the entire help article for a cmdlet.")
    var full: SwitchParameter
    @Parameter(set: "DetailedView", description: "Adds parameter descriptions and examples to the basic help display.")
    var detailed: SwitchParameter
    @Parameter(set: "Examples", description: "Displays only the name, synopsis, and examples.")
    var examples: SwitchParameter
    @Parameter(set: "Parameters", description: "Displays only the detailed descriptions of the specified parameters.")
    var parameter: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        guard let name else {
            for line in CommandCatalog.of(shell).defaultHelpTopic { try context.write(.string(line)) }
            return
        }
        let target = shell.aliasTarget(name) ?? name
        guard let type = shell.registry.cmdlet(named: target) else {
            throw context.failure("Get-Help could not find \(name) in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.",
                                  id: "HelpNotFound", category: .resourceUnavailable, reason: "HelpNotFoundException", targetName: name, targetType: "String")
        }
        let help = CommandHelp(metadata: type.metadata)
        let lines: [String]
        if examples.isPresent {
            lines = help.examples
        } else if let parameterName = parameter {
            let pattern = WildcardPattern(parameterName)
            let matching = type.metadata.parameters.filter { pattern.matches($0.name) }
            if matching.isEmpty {
                throw context.failure("No parameter matches criteria \(parameterName).", id: "NoParmsFound", category: .objectNotFound, reason: "ArgumentException", targetName: parameterName, targetType: "String")
            }
            lines = matching.flatMap { help.parameterBlock($0) }
        } else if full.isPresent || detailed.isPresent {
            lines = help.full
        } else {
            lines = help.summary
        }
        for line in lines { try context.write(.string(line)) }
    }
}
