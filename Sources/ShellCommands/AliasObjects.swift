import ShellEngine
import ShellFormatting

/// `AliasInfo` (shown by the CommandInfo view, CoreViews.commandInfo) as Get-Alias, Set-Alias -PassThru and New-Alias -PassThru write it.
enum AliasObjects {
    static let typeName = "System.Management.Automation.AliasInfo"

    static func object(name: String, target: String, shell: Shell) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Management.Automation.CommandInfo", "System.Object"], properties: [
            PSProperty(name: "CommandType", value: .enumValue(EnumValue(typeName: "System.Management.Automation.CommandTypes", name: "Alias", rawValue: 1))),
            PSProperty(name: "Name", value: .string(name)),
            PSProperty(name: "DisplayName", value: .string("\(name) -> \(target)")),
            PSProperty(name: "Definition", value: .string(target)),
            PSProperty(name: "ReferencedCommand", value: .string(target)),
            PSProperty(name: "ResolvedCommandName", value: .string(target)),
            PSProperty(name: "Version", value: .string("")),
            PSProperty(name: "Source", value: .string("")),
            PSProperty(name: "Description", value: .string("")),
            PSProperty(name: "Options", value: .enumValue(EnumValue(typeName: "System.Management.Automation.ScopedItemOptions", name: "None", rawValue: 0))),
        ])
        object.stringText = name
        return object
    }
}
