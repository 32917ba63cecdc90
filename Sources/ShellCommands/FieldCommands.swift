import ShellEngine

/// The generic commands that scripts from the field need besides the first ones (issue 13): modules and the
/// utility cmdlets, with their usual aliases. Kept apart so that they are added side by side.
enum FieldCommands {
    static var cmdlets: [any Cmdlet.Type] {
        [
            ImportModuleCommand.self, ExportModuleMemberCommand.self, GetModuleCommand.self, RemoveModuleCommand.self,
            JoinPathCommand.self, SplitPathCommand.self, ResolvePathCommand.self, NewTimeSpanCommand.self, GetRandomCommand.self, InvokeExpressionCommand.self,
            CompareObjectCommand.self, TeeObjectCommand.self, GetVerbCommand.self, GetAliasCommand.self, SetAliasCommand.self, NewAliasCommand.self,
            AddMemberCommand.self, SelectStringCommand.self, NewGuidCommand.self,
            OutHostCommand.self, GetUniqueCommand.self, ConvertFromStringDataCommand.self, PushLocationCommand.self, PopLocationCommand.self,
            ClearContentCommand.self, RenameItemCommand.self, MoveItemCommand.self, GetFileHashCommand.self,
        ]
    }

    static let aliases: [(String, String)] = [
        ("ipmo", "Import-Module"), ("gmo", "Get-Module"), ("rmo", "Remove-Module"), ("iex", "Invoke-Expression"),
        ("compare", "Compare-Object"), ("diff", "Compare-Object"), ("tee", "Tee-Object"), ("gal", "Get-Alias"), ("sal", "Set-Alias"),
        ("nal", "New-Alias"), ("sls", "Select-String"), ("rvpa", "Resolve-Path"),
        ("oh", "Out-Host"), ("gu", "Get-Unique"), ("pushd", "Push-Location"), ("popd", "Pop-Location"),
        ("clc", "Clear-Content"), ("ren", "Rename-Item"), ("rni", "Rename-Item"), ("mv", "Move-Item"), ("move", "Move-Item"), ("mi", "Move-Item"),
    ]
}
