import ShellEngine
/// The views PowerShell ships for the engine's own types (DefaultFormatters), registered in every
/// ``FormatRegistry``; commands register the views of the objects they write.
enum BuiltinViews {
    static var all: [FormatView] {
        [version, warningRecord, informationRecord]
    }

    /// WarningRecord (`$wv` of -WarningVariable): its message, out of band (PowerShellCore_format_ps1xml.cs).
    static var warningRecord: FormatView {
        FormatView(typeName: "System.Management.Automation.WarningRecord", shape: .custom { value in
            guard case .object(let record) = value else { return [LanguagePrimitives.toString(value)] }
            return [LanguagePrimitives.toString(record["Message"])]
        }, isOutOfBand: true)
    }

    /// InformationRecord (`$iv` of -InformationVariable): `$_.ToString()`, out of band (PowerShellCore_format_ps1xml.cs).
    static var informationRecord: FormatView {
        FormatView(typeName: "System.Management.Automation.InformationRecord", shape: .custom { value in
            [LanguagePrimitives.toString(value)]
        }, isOutOfBand: true)
    }

    /// System.Version (`$PSVersionTable.PSVersion`): numbers left-aligned in fixed columns.
    static var version: FormatView {
        FormatView(typeName: "System.Version", shape: .table([
            TableColumn("Major", width: 6), TableColumn("Minor", width: 6), TableColumn("Build", width: 6), TableColumn("Revision", width: 8),
        ]))
    }
}
