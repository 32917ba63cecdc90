import ShellEngine

/// `Pop-Location` (`popd`): goes back to the location most recently pushed on a location stack. Popping the empty
/// default stack does nothing; a named stack that does not exist is an error (SessionStateLocationAPIs.cs PopLocation,
/// SessionStateStrings.resx StackNotFound).
public final class PopLocationCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Pop-Location", className: "Microsoft.PowerShell.Commands.PopLocationCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Changes the current location to the location most recently pushed onto the stack.",
        description: "The Pop-Location cmdlet changes the current location to the location most recently pushed onto the stack by using the Push-Location cmdlet. You can pop a location from the default stack or from a stack that you create by using a Push-Location command.",
        examples: [
            HelpExample("Pop-Location", "Changes the location to the one most recently added to the default stack."),
            HelpExample("Pop-Location -StackName Stack2", "Changes the location to the one most recently added to Stack2."),
        ])

    @Parameter(description: "Passes an object that represents the location to the pipeline. By default, this cmdlet does not generate any output.")
    var passThru: SwitchParameter
    @Parameter(description: "Specifies the location stack from which the location is popped. Enter a location stack name. Without this parameter, Pop-Location pops a location from the current location stack.")
    var stackName: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        switch LocationStacks.of(shell).pop(from: stackName) {
        case .missing:
            if let stackName, !stackName.isEmpty, stackName.lowercased() != LocationStacks.defaultName {
                try context.writeError(context.errorRecord("Cannot find location stack '\(stackName)'. It does not exist or it is not a container.",
                                                           id: "Argument", category: .invalidArgument, reason: "PSArgumentException",
                                                           targetName: stackName, targetType: "String"))
                return
            }
            // 5.1 writes the $null PopLocation returns for a default stack never pushed to.
            if passThru.isPresent { try context.write(.null) }
        case .empty:
            if passThru.isPresent { try context.write(.object(shell.pathInfo(shell.location))) }
        case .popped(let path):
            do {
                try shell.setLocation(path)
            } catch {
                try context.writeError(FileSystemItems.notFound(path, context))
                return
            }
            if passThru.isPresent { try context.write(.object(shell.pathInfo(shell.location))) }
        }
    }
}
