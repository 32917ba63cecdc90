/// The generic commands every vtash session has, and their usual aliases.
public enum CoreCommands {
    public static let cmdlets: [any Cmdlet.Type] = [
        SelectObjectCommand.self, FormatTableCommand.self, FormatListCommand.self, OutStringCommand.self,
        OutNullCommand.self, OutFileCommand.self, GetContentCommand.self, SetContentCommand.self,
        GetCommandCommand.self, GetHelpCommand.self, WriteOutputCommand.self, WriteHostCommand.self,
        WhereObjectCommand.self, ForEachObjectCommand.self, GetLocationCommand.self, SetLocationCommand.self,
    ]

    public static let aliases: [(String, String)] = [
        ("select", "Select-Object"), ("ft", "Format-Table"), ("fl", "Format-List"), ("gc", "Get-Content"),
        ("cat", "Get-Content"), ("type", "Get-Content"), ("gcm", "Get-Command"), ("help", "Get-Help"),
        ("echo", "Write-Output"), ("write", "Write-Output"), ("where", "Where-Object"), ("?", "Where-Object"),
        ("foreach", "ForEach-Object"), ("%", "ForEach-Object"), ("pwd", "Get-Location"), ("gl", "Get-Location"),
        ("cd", "Set-Location"), ("sl", "Set-Location"), ("chdir", "Set-Location"), ("sc", "Set-Content"),
    ]

    /// A registry holding the core commands.
    public static func registry() -> CommandRegistry {
        var registry = CommandRegistry()
        registry.register(cmdlets)
        for (name, target) in aliases { registry.alias(name, target) }
        return registry
    }
}
