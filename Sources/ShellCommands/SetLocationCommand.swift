import ShellEngine

/// `Set-Location` (`cd`, `sl`, `chdir`).
public final class SetLocationCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-Location", className: "Microsoft.PowerShell.Commands.SetLocationCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Sets the current working location to a specified location.")

    @Parameter(position: 0, pipeline: [.byValue, .byPropertyName], description: "Specify the path of a new working location.")
    var path: String?
    @Parameter(description: "Returns a PathInfo object that represents the location.")
    var passThru: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let target = path ?? (context.shell.variable("HOME").map { LanguagePrimitives.toString($0) } ?? "/")
        do {
            try context.shell.setLocation(target)
        } catch {
            var record = error.record
            record.position = ErrorPosition(source: context.source, span: context.span)
            try context.writeError(record)
            return
        }
        if passThru.isPresent { try context.write(.object(context.shell.pathInfo(context.shell.location))) }
    }
}
