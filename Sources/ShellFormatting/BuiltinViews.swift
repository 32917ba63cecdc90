import ShellEngine
/// The views PowerShell ships for the engine's own types (DefaultFormatters), registered in every
/// ``FormatRegistry``; commands register the views of the objects they write.
enum BuiltinViews {
    static var all: [FormatView] {
        [version]
    }

    /// System.Version (`$PSVersionTable.PSVersion`): numbers left-aligned in fixed columns.
    static var version: FormatView {
        FormatView(typeName: "System.Version", shape: .table([
            TableColumn("Major", width: 6), TableColumn("Minor", width: 6), TableColumn("Build", width: 6), TableColumn("Revision", width: 8),
        ]))
    }
}
