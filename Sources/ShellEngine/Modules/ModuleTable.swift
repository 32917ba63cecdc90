import Foundation

/// The modules of one session: those loaded, the built-in ones that can be, and where `Import-Module` looks
/// for the others (`$env:PSModulePath` and vtash's own folder under the data folder).
public final class ModuleTable {
    /// Loaded modules, in load order (`Get-Module` sorts by name).
    public internal(set) var loaded: [ModuleInfo] = []
    /// Built-in modules by lower-cased name, and their registration order.
    private var builtIns: [String: BuiltInModule] = [:]
    private var builtInOrder: [String] = []
    /// vtash's default module folder; `nil` uses `$XDG_DATA_HOME/vtash/Modules` or `~/.local/share/vtash/Modules`.
    public var defaultModuleFolder: String?

    init() {
        for module in ModuleTable.powerShellModules { register(module) }
    }

    private static let stateKey = "ModuleTable"

    /// The table of `shell`, made when first asked for.
    public static func of(_ shell: Shell) -> ModuleTable {
        if let existing = shell.moduleState[stateKey] as? ModuleTable { return existing }
        let created = ModuleTable()
        shell.moduleState[stateKey] = created
        return created
    }

    /// Adds a built-in module (PowerCLI registers its own); loaded now when it is one a session starts with.
    public func register(_ module: BuiltInModule) {
        let key = module.name.lowercased()
        if builtIns[key] == nil { builtInOrder.append(key) }
        builtIns[key] = module
        if module.loadedAtStart && loadedModule(named: module.name) == nil { loaded.append(info(of: module)) }
    }

    public func builtIn(named name: String) -> BuiltInModule? { builtIns[name.lowercased()] }

    public var allBuiltIns: [BuiltInModule] { builtInOrder.compactMap { builtIns[$0] } }

    public func loadedModule(named name: String) -> ModuleInfo? {
        loaded.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The module `Get-Command` names for a command: the loaded one, else the built-in definition.
    public func module(named name: String) -> ModuleInfo? {
        if let module = loadedModule(named: name) { return module }
        return builtIn(named: name).map(info(of:))
    }

    func info(of module: BuiltInModule) -> ModuleInfo {
        let info = ModuleInfo(name: module.name, path: "", moduleBase: module.moduleBase, moduleType: module.moduleType,
                              version: module.version, description: module.description, guid: module.guid, scope: nil)
        info.requiredModules = module.requiredModules
        return info
    }

    /// The folders searched for a module by name: `$env:PSModulePath`'s entries, then vtash's default folder.
    public var searchPath: [String] {
        var folders: [String] = []
        let environment = ProcessInfo.processInfo.environment
        if let variable = environment["PSModulePath"] {
            // ':' on Linux; ';' as scripts written on Windows append entries.
            for entry in variable.split(whereSeparator: { $0 == ":" || $0 == ";" }) where !entry.isEmpty {
                folders.append(String(entry))
            }
        }
        if let folder = defaultModuleFolder ?? ModuleTable.dataFolder(environment) { folders.append(folder) }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    static func dataFolder(_ environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/vtash/Modules" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/vtash/Modules"
    }

    /// Windows PowerShell 5.1's own modules that vtash's generic cmdlets belong to.
    static let powerShellModules = [
        BuiltInModule(name: "Microsoft.PowerShell.Management", version: "3.1.0.0", description: "", guid: "eefcb906-b326-4e99-9f54-8b4bb6ef3c6d",
                      loadedAtStart: true),
        BuiltInModule(name: "Microsoft.PowerShell.Utility", version: "3.1.0.0", description: "", guid: "1da87e53-152b-403e-98dc-74d7b4d63d59",
                      loadedAtStart: true),
        BuiltInModule(name: "Microsoft.PowerShell.Security", version: "3.0.0.0", description: "", guid: "a94c8c7e-9810-47c0-b8af-65089c13a35a"),
    ]
}
