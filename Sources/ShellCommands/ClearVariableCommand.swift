import ShellEngine
import ShellFormatting

public final class ClearVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Clear-Variable", className: "Microsoft.PowerShell.Commands.ClearVariableCommand",
        synopsis: "Deletes the value of a variable.",
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the name of the variable to be cleared.", wildcards: true),
            VariableCommands.scopeParameter,
        ], supportsShouldProcess: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        for name in context.parameters.strings("Name") ?? [] {
            guard context.shell.variable(name) != nil else {
                try context.writeError(VariableCommands.notFound(name, context))
                continue
            }
            context.shell.setVariable(name, .null, scope: context.parameters.string("Scope")?.lowercased())
        }
    }
}
