/// The views PowerShell ships for its own types (DefaultFormatters), registered in every
/// ``FormatRegistry``.
enum BuiltinViews {
    static var all: [FormatView] {
        [memberDefinition, variable, version] + GroupObjectCommand.views + MeasureObjectCommand.views + FileSystemItems.views
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

    /// System.Version (`$PSVersionTable.PSVersion`): numbers left-aligned in fixed columns.
    static var version: FormatView {
        FormatView(typeName: "System.Version", shape: .table([
            TableColumn("Major", width: 6), TableColumn("Minor", width: 6), TableColumn("Build", width: 6), TableColumn("Revision", width: 8),
        ]))
    }

    /// Get-Variable: Name (30) and Value.
    static var variable: FormatView {
        FormatView(typeName: VariableCommands.typeName, shape: .table([
            TableColumn("Name", width: 30), TableColumn("Value"),
        ]))
    }
}
