import ShellEngine
import ShellFormatting
/// `Get-Command` (`gcm`): the commands the shell knows.
public final class GetCommandCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Command", className: "Microsoft.PowerShell.Commands.GetCommandCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Gets all commands.",
        description: "The Get-Command cmdlet gets all commands that are installed on the computer, including cmdlets, aliases and functions.",
        defaultParameterSet: "CmdletSet")

    @Parameter(position: 0, pipeline: .byPropertyName, set: "AllCommandSet", description: "Specifies an array of names. Wildcards are permitted.", wildcards: true)
    var name: [String]
    @Parameter(set: "CmdletSet", description: "Specifies an array of command verbs. Wildcards are permitted.", wildcards: true)
    var verb: [String]
    @Parameter(set: "CmdletSet", description: "Specifies an array of command nouns. Wildcards are permitted.", wildcards: true)
    var noun: [String]
    @Parameter(description: "Specifies an array of modules.")
    var module: [String]
    @Parameter(description: "Specifies the types of commands that this cmdlet gets.")
    var commandType: [String]

    public init() {}

    static func commandInfo(_ metadata: CommandMetadata, version: String, shell: Shell) -> PSObject {
        let object = PSObject(typeNames: ["System.Management.Automation.CmdletInfo", "System.Management.Automation.CommandInfo", "System.Object"], properties: [
            PSProperty(name: "CommandType", value: .enumValue(EnumValue(typeName: "System.Management.Automation.CommandTypes", name: "Cmdlet", rawValue: 8))),
            PSProperty(name: "Name", value: .string(metadata.name)),
            PSProperty(name: "Version", value: .string(version)),
            PSProperty(name: "Source", value: .string(metadata.module)),
            PSProperty(name: "Parameters", value: .hashtable(parameters(of: metadata))),
            PSProperty(name: "ModuleName", value: .string(metadata.module)),
            PSProperty(name: "Module", value: shell.modules.module(named: metadata.module).map { .object(ModuleObjects.object($0, shell: shell)) } ?? .null),
        ])
        object.stringValue = { metadata.name }
        return object
    }

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let catalog = CommandCatalog.of(shell)
        let names = name.map { WildcardPattern($0) }
        let verbs = verb.map { WildcardPattern($0) }
        let nouns = noun.map { WildcardPattern($0) }
        let modules = module.map { WildcardPattern($0) }
        var found = false
        for type in shell.registry.allCmdlets {
            let metadata = type.metadata
            let parts = metadata.name.split(separator: "-", maxSplits: 1).map(String.init)
            if !names.isEmpty && !names.contains(where: { $0.matches(metadata.name) }) { continue }
            if !verbs.isEmpty && !verbs.contains(where: { $0.matches(parts.first ?? "") }) { continue }
            if !nouns.isEmpty && !nouns.contains(where: { $0.matches(parts.last ?? "") }) { continue }
            if !modules.isEmpty && !modules.contains(where: { $0.matches(metadata.module) }) { continue }
            found = true
            try context.write(.object(Self.commandInfo(metadata, version: catalog.version(ofModule: metadata.module), shell: shell)))
        }
        if verbs.isEmpty && nouns.isEmpty && modules.isEmpty {
            for alias in shell.visibleAliases() where names.contains(where: { $0.matches(alias.name) }) {
                found = true
                let object = PSObject(typeNames: ["System.Management.Automation.AliasInfo", "System.Management.Automation.CommandInfo", "System.Object"], properties: [
                    PSProperty(name: "CommandType", value: .enumValue(EnumValue(typeName: "System.Management.Automation.CommandTypes", name: "Alias", rawValue: 1))),
                    PSProperty(name: "Name", value: .string("\(alias.name) -> \(alias.target)")),
                    PSProperty(name: "Version", value: .string("")),
                    PSProperty(name: "Source", value: .string("")),
                    PSProperty(name: "Definition", value: .string(alias.target)),
                    PSProperty(name: "ResolvedCommandName", value: .string(alias.target)),
                ])
                try context.write(.object(object))
            }
        }
        do {
            for function in shell.visibleFunctions() where names.isEmpty || names.contains(where: { $0.matches(function.name) }) {
                let parts = function.name.split(separator: "-", maxSplits: 1).map(String.init)
                if !verbs.isEmpty && !verbs.contains(where: { $0.matches(parts.first ?? "") }) { continue }
                if !nouns.isEmpty && !nouns.contains(where: { $0.matches(parts.last ?? "") }) { continue }
                if !modules.isEmpty && !modules.contains(where: { $0.matches(function.module?.name ?? "") }) { continue }
                found = true
                try context.write(.object(PSObject(typeNames: ["System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo", "System.Object"], properties: [
                    PSProperty(name: "CommandType", value: .enumValue(EnumValue(typeName: "System.Management.Automation.CommandTypes", name: "Function", rawValue: 2))),
                    PSProperty(name: "Name", value: .string(function.name)),
                    PSProperty(name: "Version", value: .string(function.module?.version ?? "")),
                    PSProperty(name: "Source", value: .string(function.module?.name ?? "")),
                    PSProperty(name: "ModuleName", value: .string(function.module?.name ?? "")),
                    PSProperty(name: "Module", value: function.module.map { .object(ModuleObjects.object($0, shell: shell)) } ?? .null),
                ])))
            }
        }
        if !found, let name = name.first, !WildcardPattern(name).hasWildcards {
            try context.writeError(context.errorRecord(
                "The term '\(name)' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                id: "CommandNotFoundException", category: .objectNotFound, reason: "CommandNotFoundException", targetName: name, targetType: "String"))
        }
    }
}
