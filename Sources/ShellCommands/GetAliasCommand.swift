import ShellEngine

/// `Get-Alias` (`gal`): the aliases of the session, by name or by the command they stand for.
public final class GetAliasCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Alias", className: "Microsoft.PowerShell.Commands.GetAliasCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the aliases for the current session.",
        description: "The Get-Alias cmdlet gets the aliases in the current session. This includes built-in aliases, aliases that you have set or imported, and aliases that you have added to your PowerShell profile.",
        defaultParameterSet: "Default",
        examples: [
            HelpExample("Get-Alias", "Gets all the aliases in the current session."),
            HelpExample("Get-Alias -Definition Get-ChildItem", "Gets the aliases of Get-ChildItem."),
        ])

    @Parameter(position: 0, pipeline: [.byValue, .byPropertyName], set: "Default", description: "Specifies the aliases that this cmdlet gets. Wildcards are permitted.", wildcards: true)
    var name: [String]
    @Parameter(set: "Definition", description: "Gets the aliases for the specified item. Enter the name of a cmdlet, function, script, file, or executable file. Wildcards are permitted.", wildcards: true)
    var definition: [String]
    @Parameter(description: "Omits the specified items. Wildcards are permitted.", wildcards: true)
    var exclude: [String]
    @Parameter(description: "Specifies the scope for which this cmdlet gets aliases: Global, Local, Script, or a number relative to the current scope.")
    var scope: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let excluded = exclude.map { WildcardPattern($0) }
        let visible: [(name: String, target: String)]
        do {
            visible = try shell.visibleAliases(scope: scope)
        } catch {
            throw context.failure(error.record.message, id: error.record.errorId, category: error.record.category, reason: error.record.reason,
                                  targetName: scope ?? "", targetType: "String")
        }
        let aliases = visible
            .filter { alias in !excluded.contains { $0.matches(alias.name) } }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
        if !definition.isEmpty {
            let patterns = definition.map { WildcardPattern($0) }
            for alias in aliases where patterns.contains(where: { $0.matches(alias.target) }) {
                try context.write(.object(AliasObjects.object(name: alias.name, target: alias.target, shell: shell)))
            }
            return
        }
        for written in name.isEmpty ? ["*"] : name {
            let pattern = WildcardPattern(written)
            // An alias named exactly as written (`?`, `%`) is that alias, not a pattern.
            let exact = aliases.filter { $0.name.caseInsensitiveCompare(written) == .orderedSame }
            let matches = exact.isEmpty ? aliases.filter { pattern.matches($0.name) } : exact
            if matches.isEmpty && !pattern.hasWildcards {
                // Source: AliasCommandStrings.resx NoAliasFound and GetAliasCommand.cs (ItemNotFoundException, ObjectNotFound).
                try context.writeError(context.errorRecord(
                    "This command cannot find a matching alias because an alias with the name '\(written)' does not exist.", id: "ItemNotFoundException",
                    category: .objectNotFound, reason: "ItemNotFoundException", targetName: written, targetType: "String"))
                continue
            }
            for alias in matches { try context.write(.object(AliasObjects.object(name: alias.name, target: alias.target, shell: shell))) }
        }
    }
}
