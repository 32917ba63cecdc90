import ShellEngine

/// `Get-Item` (`gi`): the file or directory at a path itself (not its children), e.g. to read a file's
/// `Length` or `LastWriteTime`.
public final class GetItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Item", className: "Microsoft.PowerShell.Commands.GetItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets the item at the specified location.",
        examples: [
            // Example 1 of https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-item?view=powershell-5.1
            HelpExample("Get-Item .", "Gets the current directory. The dot ('.') represents the item at the current location (not its contents)."),
        ])

    @Parameter(aliases: ["LiteralPath", "PSPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName],
               description: "Specifies the path to an item. Wildcard characters are permitted.", wildcards: true)
    var path: [String]
    @Parameter(description: "Allows the cmdlet to get items that otherwise can't be accessed by the user, such as hidden files.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for path in self.path {
            let matches = FileSystemItems.expand(path, shell: context.shell)
            guard !matches.isEmpty else {
                try context.writeError(FileSystemItems.notFound(context.shell.resolvePath(path), context))
                continue
            }
            for match in matches {
                if let item = FileSystemItems.item(atPath: match) { try context.write(.object(item)) }
            }
        }
    }
}
