/// A module whose commands are registered cmdlets (PowerShell's own, PowerCLI's): it has no file to load, and
/// `Import-Module` only marks it (and the modules it requires) as loaded.
public struct BuiltInModule: Sendable {
    public var name: String
    public var version: String
    /// `Manifest`, `Script` or `Binary`, as `Get-Module` shows it.
    public var moduleType: String
    public var description: String
    public var guid: String
    /// Modules imported with it, first.
    public var requiredModules: [String]
    /// Loaded when the session starts (PowerShell 5.1 shows Management and Utility in a new console).
    public var loadedAtStart: Bool
    /// The folder `Get-Module -ListAvailable` groups it under.
    public var moduleBase: String

    public init(name: String, version: String, moduleType: String = "Manifest", description: String = "",
                guid: String = "00000000-0000-0000-0000-000000000000", requiredModules: [String] = [],
                loadedAtStart: Bool = false, moduleBase: String = "") {
        self.name = name
        self.version = version
        self.moduleType = moduleType
        self.description = description
        self.guid = guid
        self.requiredModules = requiredModules
        self.loadedAtStart = loadedAtStart
        self.moduleBase = moduleBase
    }
}
