import ShellEngine
import ShellFormatting

public final class SetVariableCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Set-Variable", className: "Microsoft.PowerShell.Commands.SetVariableCommand",
        synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the variable name."),
            ParameterMetadata("Value", .any, position: 1, pipeline: [.byValue, .byPropertyName], description: "Specifies the value of the variable."),
            ParameterMetadata("Description", .string, description: "Specifies the description of the variable."),
            ParameterMetadata("Option", .string, description: "Specifies the value of the Options property of the variable."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object representing the new variable."),
            ParameterMetadata("Force", .switchParameter, description: "Allows you to create a variable with the same name as an existing read-only variable."),
            VariableCommands.scopeParameter,
        ], supportsShouldProcess: true)

    private let assignment = VariableAssignment(isNew: false)

    public init() {}
    public func process(_ context: CommandContext) throws { assignment.process(context) }
    public func end(_ context: CommandContext) throws { try assignment.end(context) }
}
