import ShellEngine

/// `Get-Module` (`gmo`): the modules loaded in the session, or with `-ListAvailable` those that can be.
public final class GetModuleCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Module", className: "Microsoft.PowerShell.Commands.GetModuleCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "List the modules imported in the current session or that can be imported from the PSModulePath.",
        description: "The Get-Module cmdlet lists the PowerShell modules that have been imported, or that can be imported, into a PowerShell session. Without parameters it gets the modules imported into the current session; -ListAvailable lists the modules found in the folders of $env:PSModulePath.",
        defaultParameterSet: "Loaded", outputType: "System.Management.Automation.PSModuleInfo",
        examples: [
            HelpExample("Get-Module", "This command gets modules that have been imported into the current session."),
            HelpExample("Get-Module -ListAvailable", "This command gets the modules that are installed on the computer and can be imported into the current session."),
        ])

    @Parameter(position: 0, pipeline: .byValue, description: "Specifies names or name patterns of modules that this cmdlet gets. Wildcard characters are permitted.", wildcards: true)
    var name: [String]
    @Parameter(set: "Available", description: "Indicates that this cmdlet gets all installed modules.")
    var listAvailable: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet gets all modules in each module folder, including nested modules.")
    var all: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let patterns = name.map { WildcardPattern($0) }
        func wanted(_ module: ModuleInfo) -> Bool { patterns.isEmpty || patterns.contains { $0.matches(module.name) } }
        if listAvailable.isPresent {
            for file in shell.availableModuleFiles() {
                let module = shell.describeModuleFile(file)
                guard wanted(module) else { continue }
                let object = ModuleObjects.object(module, shell: shell)
                object.typeNames.insert(ModuleObjects.listedTypeName, at: 0)
                try context.write(.object(object))
            }
            for builtIn in shell.modules.allBuiltIns {
                guard let module = shell.modules.module(named: builtIn.name), wanted(module) else { continue }
                try context.write(.object(ModuleObjects.object(module, shell: shell)))
            }
            return
        }
        var loaded = shell.modules.loaded
        if all.isPresent { loaded += loaded.flatMap(\.nestedModules) }
        for module in loaded.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) where wanted(module) {
            try context.write(.object(ModuleObjects.object(module, shell: shell)))
        }
    }
}
