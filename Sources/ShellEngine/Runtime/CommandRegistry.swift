/// The commands the shell knows: cmdlets by name and aliases to them. Explicit registration,
/// never discovery, so `Get-Command` and completion list exactly what exists.
public struct CommandRegistry {
    private var cmdlets: [String: any Cmdlet.Type] = [:]
    private var aliasTargets: [String: String] = [:]
    private var aliasNames: [String: String] = [:]
    /// Names already resolved to cmdlets, by the name as written (a script repeats the same few names);
    /// a new box on every registration, so a registry and its copies never see each other's stale entries.
    private var resolutions = ResolvedCommands()

    public init() {}

    public mutating func register(_ types: [any Cmdlet.Type]) {
        // By the description's name: deriving every cmdlet's metadata here cost start-up about 190 M instructions
        // (reflection over ~150 types); it is derived when a command is first resolved.
        for type in types { cmdlets[VariableKey.of(type.command.name)] = type }
        resolutions = ResolvedCommands()
    }

    public mutating func alias(_ name: String, _ target: String) {
        aliasTargets[VariableKey.of(name)] = target
        aliasNames[VariableKey.of(name)] = name
        resolutions = ResolvedCommands()
    }

    /// Removes alias `name` (a removed module's exported alias).
    public mutating func removeAlias(_ name: String) {
        aliasTargets.removeValue(forKey: VariableKey.of(name))
        aliasNames.removeValue(forKey: VariableKey.of(name))
        resolutions = ResolvedCommands()
    }

    /// A new, empty resolution cache for this copy only (the cache is a class shared by copies).
    mutating func startOwnResolutions() {
        resolutions = ResolvedCommands()
    }

    public func cmdlet(named name: String) -> (any Cmdlet.Type)? { cmdlets[VariableKey.of(name)] }

    /// The command an alias points to.
    public func aliasTarget(_ name: String) -> String? { aliasTargets[VariableKey.of(name)] }

    public var allCmdlets: [any Cmdlet.Type] {
        cmdlets.values.sorted { $0.metadata.name < $1.metadata.name }
    }

    public var allAliases: [(name: String, target: String)] {
        aliasTargets.keys.sorted().map { (aliasNames[$0] ?? $0, aliasTargets[$0] ?? "") }
    }

    /// The cmdlet that `name`, as written, was last resolved to (alias followed), while still valid.
    func resolvedCmdlet(_ name: String) -> ResolvedCommands.Entry? { resolutions.entries[name] }

    /// Remembers that `name` resolved to a cmdlet with no function in the way.
    func remember(_ name: String, _ entry: ResolvedCommands.Entry) {
        guard resolutions.entries.count < ResolvedCommands.limit else { return }
        resolutions.entries[name] = entry
    }

    /// Forgets every resolution: a function was defined, and it may now hide a cmdlet of the same name.
    func forgetResolutions() {
        if !resolutions.entries.isEmpty { resolutions.entries.removeAll() }
    }
}
