import ShellEngine
import ShellFormatting

public final class NewVariableCommand: Cmdlet {
    public static let metadata: CommandMetadata = {
        var metadata = SetVariableCommand.metadata
        metadata.name = "New-Variable"
        metadata.className = "Microsoft.PowerShell.Commands.NewVariableCommand"
        metadata.synopsis = "Creates a new variable."
        return metadata
    }()

    private let assignment = VariableAssignment(isNew: true)

    public init() {}
    public func process(_ context: CommandContext) throws { assignment.process(context) }
    public func end(_ context: CommandContext) throws { try assignment.end(context) }
}
