import ShellEngine
import ShellFormatting

/// The views of the objects the generic commands write (PowerShell's DefaultFormatters for them).
enum CoreViews {
    static var all: [FormatView] {
        [memberDefinition, variable] + GroupObjectCommand.views + MeasureObjectCommand.views + FileSystemItems.views + ModuleObjects.views + AliasObjects.views + SelectStringCommand.views
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

    /// Get-Variable: Name (30) and Value.
    static var variable: FormatView {
        FormatView(typeName: VariableCommands.typeName, shape: .table([
            TableColumn("Name", width: 30), TableColumn("Value"),
        ]))
    }
}
