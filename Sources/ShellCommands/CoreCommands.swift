import ShellEngine
import ShellFormatting
/// The generic commands every vtash session has, and their usual aliases.
public enum CoreCommands {
    /// Metatypes are not Sendable, so the list is made on demand rather than kept in a global.
    public static var cmdlets: [any Cmdlet.Type] {
        [
            SelectObjectCommand.self, FormatTableCommand.self, FormatListCommand.self, OutStringCommand.self,
            OutNullCommand.self, OutFileCommand.self, GetContentCommand.self, SetContentCommand.self,
            GetCommandCommand.self, GetHelpCommand.self, WriteOutputCommand.self, WriteHostCommand.self,
            WhereObjectCommand.self, ForEachObjectCommand.self, GetLocationCommand.self, SetLocationCommand.self,
            StartTranscriptCommand.self, StopTranscriptCommand.self,
            SortObjectCommand.self, GroupObjectCommand.self, MeasureObjectCommand.self, GetMemberCommand.self,
            GetVariableCommand.self, SetVariableCommand.self, NewVariableCommand.self, RemoveVariableCommand.self, ClearVariableCommand.self,
            WriteWarningCommand.self, WriteVerboseCommand.self, WriteDebugCommand.self, WriteInformationCommand.self,
            WriteErrorCommand.self, WriteProgressCommand.self, StartSleepCommand.self, MeasureCommandCommand.self,
            ConvertToJsonCommand.self, ConvertFromJsonCommand.self, ExportCsvCommand.self, ConvertToCsvCommand.self,
            ImportCsvCommand.self, ConvertFromCsvCommand.self, GetDateCommand.self, ReadHostCommand.self,
            ConvertToSecureStringCommand.self, ConvertFromSecureStringCommand.self, GetCredentialCommand.self, NewObjectCommand.self,
            GetChildItemCommand.self, GetItemCommand.self, TestPathCommand.self, NewItemCommand.self, RemoveItemCommand.self, CopyItemCommand.self,
            AddContentCommand.self, FormatWideCommand.self, GetHistoryCommand.self,
        ] + FieldCommands.cmdlets + [
        ]
    }

    public static let aliases: [(String, String)] = [
        ("select", "Select-Object"), ("ft", "Format-Table"), ("fl", "Format-List"), ("gc", "Get-Content"),
        ("cat", "Get-Content"), ("type", "Get-Content"), ("gcm", "Get-Command"), ("help", "Get-Help"),
        // Not `h`, PowerShell's third Get-History alias: aliases outrank functions, and scripts and tests here
        // define functions named h.
        ("history", "Get-History"), ("ghy", "Get-History"),
        ("echo", "Write-Output"), ("write", "Write-Output"), ("where", "Where-Object"), ("?", "Where-Object"),
        ("foreach", "ForEach-Object"), ("%", "ForEach-Object"), ("pwd", "Get-Location"), ("gl", "Get-Location"),
        ("cd", "Set-Location"), ("sl", "Set-Location"), ("chdir", "Set-Location"), ("sc", "Set-Content"),
        ("sort", "Sort-Object"), ("group", "Group-Object"), ("measure", "Measure-Object"), ("gm", "Get-Member"),
        ("gv", "Get-Variable"), ("set", "Set-Variable"), ("sv", "Set-Variable"), ("nv", "New-Variable"), ("rv", "Remove-Variable"),
        ("clv", "Clear-Variable"), ("sleep", "Start-Sleep"), ("ls", "Get-ChildItem"), ("dir", "Get-ChildItem"), ("gci", "Get-ChildItem"), ("gi", "Get-Item"),
        ("ni", "New-Item"), ("rm", "Remove-Item"), ("del", "Remove-Item"), ("erase", "Remove-Item"), ("rd", "Remove-Item"),
        ("rmdir", "Remove-Item"), ("ri", "Remove-Item"), ("cp", "Copy-Item"), ("copy", "Copy-Item"), ("cpi", "Copy-Item"),
        ("ac", "Add-Content"), ("fw", "Format-Wide"), ("epcsv", "Export-Csv"), ("ipcsv", "Import-Csv"),
    ] + FieldCommands.aliases

    /// The views of the objects these commands write.
    public static var views: [FormatView] { CoreViews.all }

    /// A registry holding the core commands.
    public static func registry() -> CommandRegistry {
        var registry = CommandRegistry()
        registry.register(cmdlets)
        for (name, target) in aliases { registry.alias(name, target) }
        return registry
    }
}
