/// A module of the session (PowerShell's PSModuleInfo): a script module loaded from a `.psm1`/`.psd1`, or one
/// of the built-in modules whose commands are registered cmdlets.
public final class ModuleInfo {
    public let name: String
    /// The file it was loaded from (`.psm1`, or `.psd1` for a manifest); empty for a built-in module.
    public let path: String
    /// The folder of `path`: `$PSScriptRoot` inside the module.
    public let moduleBase: String
    /// `Script`, `Manifest` or `Binary`.
    public let moduleType: String
    public var version: String
    public var description: String
    public var author: String
    public var guid: String
    /// The scope its functions run in (parent: the global scope); nil for a built-in module.
    let scope: Scope?
    /// What it exports, by name, in the order defined.
    public internal(set) var exportedFunctions: [String] = []
    public internal(set) var exportedVariables: [String] = []
    public internal(set) var exportedCmdlets: [String] = []
    public internal(set) var exportedAliases: [String] = []
    public internal(set) var nestedModules: [ModuleInfo] = []
    public internal(set) var requiredModules: [String] = []
    /// `Export-ModuleMember` was called: only what it named is exported (else every function, no variable).
    var explicitExports: ModuleExports?

    init(name: String, path: String, moduleBase: String, moduleType: String, version: String = "0.0",
         description: String = "", author: String = "", guid: String = "00000000-0000-0000-0000-000000000000", scope: Scope?) {
        self.name = name
        self.path = path
        self.moduleBase = moduleBase
        self.moduleType = moduleType
        self.version = version
        self.description = description
        self.author = author
        self.guid = guid
        self.scope = scope
    }

    public var isBuiltIn: Bool { scope == nil }
}
