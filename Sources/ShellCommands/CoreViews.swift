import ShellEngine
import ShellFormatting

/// The views of the objects the generic commands write (PowerShell's DefaultFormatters for them).
enum CoreViews {
    static var all: [FormatView] {
        [memberDefinition, variable, commandInfo, GetHistoryCommand.view, pathInfo] + GroupObjectCommand.views + MeasureObjectCommand.views + FileSystemItems.views + ModuleObjects.views + SelectStringCommand.views + [GetFileHashCommand.view]
    }

    /// Resolve-Path's PathInfo: one Path column (PowerShell's DefaultFormatters, PathInfo table).
    static var pathInfo: FormatView {
        FormatView(typeName: ResolvePathCommand.typeName, shape: .table([TableColumn("Path")]))
    }

    /// Get-Member: grouped by type name, Name / MemberType / Definition.
    static var memberDefinition: FormatView {
        FormatView(typeName: GetMemberCommand.typeName, shape: .table([
            TableColumn("Name"), TableColumn("MemberType"), TableColumn("Definition"),
        ]), groupBy: { value in
            guard case .object(let object) = value else { return [] }
            return ["   TypeName: " + LanguagePrimitives.toString(object["TypeName"])]
        })
    }

    /// Get-Command: CommandType (15), Name (50), Version (10) and Source, each left-aligned: PowerShell's view
    /// of AliasInfo, CmdletInfo, FunctionInfo and the other CommandInfo kinds (PowerShellCore_format_ps1xml.cs
    /// gives no alignment), one view for all of them, so that a cmdlet and an alias share one table.
    static var commandInfo: FormatView {
        FormatView(typeName: "System.Management.Automation.CommandInfo", shape: .table([
            TableColumn("CommandType", width: 15),
            // An alias shows its display name (`gcm -> Get-Command`), as the 5.1 view's Name script block does.
            TableColumn("Name", width: 50) { value in
                guard case .object(let object) = value else { return .null }
                let display = object["DisplayName"]
                return display.isNull ? object["Name"] : display
            },
            TableColumn("Version", width: 10), TableColumn("Source"),
        ]))
    }

    /// Get-Variable: Name (30) and Value.
    static var variable: FormatView {
        FormatView(typeName: VariableCommands.typeName, shape: .table([
            TableColumn("Name", width: 30), TableColumn("Value"),
        ]))
    }
}
