import Foundation
import ShellEngine
import ShellFormatting

/// `PSModuleInfo` as `Get-Module`, `Import-Module -PassThru` and `(Get-Command X).Module` write it.
enum ModuleObjects {
    static let typeName = "System.Management.Automation.PSModuleInfo"

    static func object(_ module: ModuleInfo, shell: Shell) -> PSObject {
        var cmdlets: [String] = module.exportedCmdlets
        if module.isBuiltIn {
            cmdlets = []
            for type in shell.registry.allCmdlets {
                let metadata = type.metadata
                if metadata.module.caseInsensitiveCompare(module.name) == .orderedSame { cmdlets.append(metadata.name) }
            }
        }
        let commands = PSHashtable(isOrdered: true)
        for name in (cmdlets + module.exportedFunctions).sorted(by: { $0.lowercased() < $1.lowercased() }) { commands[name] = .string(name) }
        let functions = PSHashtable(isOrdered: true)
        for name in module.exportedFunctions { functions[name] = .string(name) }
        let cmdletTable = PSHashtable(isOrdered: true)
        for name in cmdlets { cmdletTable[name] = .string(name) }
        let variables = PSHashtable(isOrdered: true)
        for name in module.exportedVariables { variables[name] = module.isBuiltIn ? .null : (shell.variable(name) ?? .null) }
        let object = PSObject(typeNames: [typeName, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(module.name)),
            PSProperty(name: "Path", value: .string(module.path)),
            PSProperty(name: "Description", value: .string(module.description)),
            PSProperty(name: "Guid", value: .string(module.guid)),
            PSProperty(name: "ModuleBase", value: .string(module.moduleBase)),
            PSProperty(name: "ModuleType", value: .enumValue(moduleType(module.moduleType))),
            PSProperty(name: "Version", value: .object(versionObject(module.version))),
            PSProperty(name: "Author", value: .string(module.author)),
            PSProperty(name: "ExportedCommands", value: .hashtable(commands)),
            PSProperty(name: "ExportedFunctions", value: .hashtable(functions)),
            PSProperty(name: "ExportedCmdlets", value: .hashtable(cmdletTable)),
            PSProperty(name: "ExportedVariables", value: .hashtable(variables)),
            PSProperty(name: "NestedModules", value: .array(nested(module, shell: shell))),
            PSProperty(name: "RequiredModules", value: .array(module.requiredModules.map { .string($0) })),
        ])
        object.stringValue = { module.name }
        return object
    }

    private static func nested(_ module: ModuleInfo, shell: Shell) -> [Value] {
        var values: [Value] = []
        for child in module.nestedModules { values.append(.object(object(child, shell: shell))) }
        return values
    }

    /// `System.Management.Automation.ModuleType`: Script 0, Binary 1, Manifest 2, Cim 3, Workflow 4.
    static func moduleType(_ name: String) -> EnumValue {
        let names = ["Script", "Binary", "Manifest", "Cim", "Workflow"]
        return EnumValue(typeName: "System.Management.Automation.ModuleType", name: name, rawValue: names.firstIndex(of: name) ?? 0)
    }

    /// A `System.Version`; made through a `[version]` cast so that it compares and prints as one.
    static func versionObject(_ text: String) -> PSObject {
        let parts = text.split(separator: ".").map { Int($0) ?? 0 }
        func part(_ index: Int) -> Value { .int(index < parts.count ? parts[index] : -1) }
        let object = PSObject(typeNames: ["System.Version", "System.Object"], properties: [
            PSProperty(name: "Major", value: part(0)), PSProperty(name: "Minor", value: part(1)),
            PSProperty(name: "Build", value: part(2)), PSProperty(name: "Revision", value: part(3)),
        ])
        object.stringValue = { text }
        return object
    }

    /// Windows PowerShell 5.1's Module view: ModuleType 10, Version 10, Name 35, ExportedCommands (their names).
    static var views: [FormatView] {
        [FormatView(typeName: typeName, shape: .table([
            TableColumn("ModuleType", width: 10), TableColumn("Version", width: 10), TableColumn("Name", width: 35),
            TableColumn("ExportedCommands") { value in
                guard case .object(let object) = value, case .hashtable(let table) = object["ExportedCommands"] else { return .null }
                return .array(table.keys)
            },
        ]), groupBy: { value in
            // -ListAvailable groups by folder, as the ModuleInfoGrouping view does.
            guard case .object(let object) = value, object.typeNames.first == listedTypeName else { return [] }
            let base = LanguagePrimitives.toString(object["ModuleBase"])
            return ["    Directory: " + (base as NSString).deletingLastPathComponent]
        })]
    }

    /// `Get-Module -ListAvailable` writes the modules with this type name first (PowerShell's ModuleInfoGrouping).
    static let listedTypeName = "ModuleInfoGrouping"
}
