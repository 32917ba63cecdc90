/// The commands the shell knows: cmdlets by name and aliases to them. Explicit registration,
/// never discovery, so `Get-Command` and completion list exactly what exists.
public struct CommandRegistry {
    private var cmdlets: [String: any Cmdlet.Type] = [:]
    private var aliasTargets: [String: String] = [:]
    private var aliasNames: [String: String] = [:]

    public init() {}

    public mutating func register(_ types: [any Cmdlet.Type]) {
        for type in types { cmdlets[VariableKey.of(type.metadata.name)] = type }
    }

    public mutating func alias(_ name: String, _ target: String) {
        aliasTargets[VariableKey.of(name)] = target
        aliasNames[VariableKey.of(name)] = name
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
}
