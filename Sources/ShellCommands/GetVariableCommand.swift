import ShellEngine
import ShellFormatting

public final class GetVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Variable", className: "Microsoft.PowerShell.Commands.GetVariableCommand",
        synopsis: "Gets the variables in the current console.",
        parameters: [
            ParameterMetadata("Name", .array(.string), position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the name of the variable.", wildcards: true),
            ParameterMetadata("ValueOnly", .switchParameter, description: "Indicates that this cmdlet gets only the value of the variable."),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies an array of items that this cmdlet excludes from the operation."),
            VariableCommands.scopeParameter,
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let names = context.parameters.strings("Name") ?? ["*"]
        let excluded = (context.parameters.strings("Exclude") ?? []).map { WildcardPattern($0) }
        let visible = shell.visibleVariables(scope: context.parameters.string("Scope"))
        for name in names {
            let pattern = WildcardPattern(name)
            let matches = visible.filter { variable in pattern.matches(variable.name) && !excluded.contains { $0.matches(variable.name) } }
            if matches.isEmpty && !pattern.hasWildcards {
                try context.writeError(VariableCommands.notFound(name, context))
                continue
            }
            for variable in matches {
                try context.write(context.parameters.isOn("ValueOnly") ? variable.value : .object(VariableCommands.object(variable)))
            }
        }
    }
}
