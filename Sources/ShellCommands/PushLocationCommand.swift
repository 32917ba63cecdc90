import ShellEngine

/// `Push-Location` (`pushd`): saves the current location on a location stack, then goes to -Path when given
/// (Navigation.cs: the push happens first, so a failed change leaves the pushed location on the stack).
public final class PushLocationCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Push-Location", className: "Microsoft.PowerShell.Commands.PushLocationCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Adds the current location to the top of a location stack.",
        description: "The Push-Location cmdlet adds (pushes) the current location onto a location stack. If you specify a path, Push-Location pushes the current location onto a location stack and then changes the current location to the location specified by the path. You can use the Pop-Location cmdlet to get locations from the location stack. By default, the Push-Location cmdlet pushes the current location onto the current location stack, but you can use the StackName parameter to specify an alternate location stack. If the stack does not exist, Push-Location creates it.",
        examples: [
            HelpExample("Push-Location C:\\Windows", "Pushes the current location onto the default stack and changes the location to C:\\Windows."),
            HelpExample("Push-Location ~ -StackName Stack2", "Pushes the current location onto Stack2 and changes the location to the home directory."),
        ])

    @Parameter(position: 0, pipeline: [.byValue, .byPropertyName], description: "Changes your location to the location specified by this path after it adds (pushes) the current location onto the top of the stack.")
    var path: String?
    @Parameter(description: "Passes an object representing the location to the pipeline. By default, this cmdlet does not generate any output.")
    var passThru: SwitchParameter
    @Parameter(description: "Specifies the location stack to which the current location is added. Enter a location stack name. If the stack does not exist, Push-Location creates it. Without this parameter, Push-Location adds the location to the current location stack.")
    var stackName: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        LocationStacks.of(shell).push(shell.location, onto: stackName)
        guard let path else { return }
        let target = shell.resolvePath(path)
        guard FileSystemItems.isDirectory(target) else {
            try context.writeError(FileSystemItems.notFound(target, context))
            return
        }
        do {
            try shell.setLocation(target)
        } catch {
            try context.writeError(FileSystemItems.notFound(target, context))
            return
        }
        if passThru.isPresent { try context.write(.object(shell.pathInfo(shell.location))) }
    }
}
