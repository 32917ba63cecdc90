import ShellEngine

/// `New-Variable` (`nv`): creates a variable; an existing one is an error.
public final class NewVariableCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-Variable", className: "Microsoft.PowerShell.Commands.NewVariableCommand",
        synopsis: "Creates a new variable.",
        supportsShouldProcess: true)

    @Parameter(mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the variable name.")
    var name: [String]
    @Parameter(position: 1, pipeline: [.byValue, .byPropertyName], description: "Specifies the value of the variable.")
    var value: Value
    @Parameter(description: "Specifies the description of the variable.")
    var description: String?
    @Parameter(description: "Specifies the value of the Options property of the variable.")
    var option: String?
    @Parameter(description: "Returns an object representing the new variable.")
    var passThru: SwitchParameter
    @Parameter(description: "Allows you to create a variable with the same name as an existing read-only variable.")
    var force: SwitchParameter
    @Parameter(description: VariableCommands.scopeDescription)
    var scope: String?

    private let assignment = VariableAssignment(isNew: true)

    public init() {}

    public func process(_ context: CommandContext) throws { assignment.process(context) }

    public func end(_ context: CommandContext) throws {
        try assignment.end(context, names: name, value: value, description: description, passThru: passThru.isPresent, scope: scope)
    }
}
