import ShellEngine

/// `Get-Variable` (`gv`): the variables visible here, as PSVariable objects or their values.
public final class GetVariableCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Variable", className: "Microsoft.PowerShell.Commands.GetVariableCommand",
        synopsis: "Gets the variables in the current console.")

    @Parameter(position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the name of the variable.", wildcards: true)
    var name: [String]?
    @Parameter(description: "Indicates that this cmdlet gets only the value of the variable.")
    var valueOnly: SwitchParameter
    @Parameter(description: "Specifies an array of items that this cmdlet excludes from the operation.")
    var exclude: [String]
    @Parameter(description: VariableCommands.scopeDescription)
    var scope: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        // Unbound or $null means every variable; an empty list means none.
        let names = name ?? ["*"]
        let excluded = exclude.map { WildcardPattern($0) }
        let visible = shell.visibleVariables(scope: scope)
        for name in names {
            let pattern = WildcardPattern(name)
            let matches = visible.filter { variable in pattern.matches(variable.name) && !excluded.contains { $0.matches(variable.name) } }
            if matches.isEmpty && !pattern.hasWildcards {
                try context.writeError(VariableCommands.notFound(name, context))
                continue
            }
            for variable in matches {
                try context.write(valueOnly.isPresent ? variable.value : .object(VariableCommands.object(variable)))
            }
        }
    }
}
