import Foundation

/// Aliases scoped as PowerShell scopes them (about_Scopes, about_Aliases): the global scope's are the registry's,
/// `Set-Alias`/`New-Alias` inside a function or script set them in its scope unless `-Scope` says otherwise, and a
/// name resolves to the innermost definition visible from the running scope.
extension Shell {
    /// The command alias `name` stands for here, or `nil` when it is no alias visible from the current scope.
    package func aliasTarget(_ name: String) -> String? {
        let key = VariableKey.of(name)
        if session.scopedAliasNames.contains(key) {
            var cursor: Scope? = currentScope
            while let scope = cursor, scope !== globalScope {
                if let alias = scope.aliases?[key] { return alias.target }
                cursor = scope.parent
            }
        }
        return registry.aliasTarget(name)
    }

    /// The aliases of the scope `scope` names, sorted by name; `nil`: those visible from the current scope.
    package func visibleAliases(scope: String?) throws(RuntimeError) -> [(name: String, target: String)] {
        guard let scope else { return visibleAliases() }
        let target = try self.scope(named: scope)
        if target === globalScope { return registry.allAliases }
        return (target.aliases ?? [:]).sorted { $0.key < $1.key }.map { ($0.value.name, $0.value.target) }
    }

    /// The aliases visible from the current scope, innermost definition winning, sorted by name.
    package func visibleAliases() -> [(name: String, target: String)] {
        var seen: [String: (name: String, target: String)] = [:]
        if !session.scopedAliasNames.isEmpty {
            var cursor: Scope? = currentScope
            while let scope = cursor, scope !== globalScope {
                for (key, alias) in scope.aliases ?? [:] where seen[key] == nil { seen[key] = (alias.name, alias.target) }
                cursor = scope.parent
            }
        }
        for alias in registry.allAliases where seen[VariableKey.of(alias.name)] == nil { seen[VariableKey.of(alias.name)] = alias }
        return seen.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The target of alias `name` defined in the scope `scope` names (`nil`: visible from the current scope).
    package func aliasTarget(_ name: String, inScope scope: String?) throws(RuntimeError) -> String? {
        guard let scope else { return aliasTarget(name) }
        let target = try self.scope(named: scope)
        if target === globalScope { return registry.aliasTarget(name) }
        return target.aliases?[VariableKey.of(name)]?.target
    }

    /// Sets alias `name` in the current scope or the one `scope` names: Global, Local, Private, Script or a
    /// number of scopes up from the current one.
    package func setAlias(_ name: String, _ target: String, scope: String?) throws(RuntimeError) {
        let destination = try scope.map { (written) throws(RuntimeError) in try self.scope(named: written) } ?? currentScope
        // A name resolved before this alias existed must be looked up again (bind forgets the resolutions).
        bind(ScopedAlias(name: name, target: target), into: destination)
    }

    /// Puts `alias` in `scope` (a module's exported alias bound into its importer's scope).
    func bind(_ alias: ScopedAlias, into scope: Scope) {
        if scope === globalScope {
            registry.alias(alias.name, alias.target)
            return
        }
        let key = VariableKey.of(alias.name)
        if scope.aliases == nil { scope.aliases = [:] }
        scope.aliases?[key] = alias
        session.scopedAliasNames.insert(key)
        registry.forgetResolutions()
    }

    /// The scope `-Scope` names (SessionStateScopeAPIs.cs GetScopeByID).
    private func scope(named written: String) throws(RuntimeError) -> Scope {
        switch written.lowercased() {
        case "global": return globalScope
        case "local", "private": return currentScope
        case "script": return scriptScope
        default: break
        }
        guard let number = Int(written.trimmingCharacters(in: .whitespaces)) else {
            // Source: AutomationExceptions.resx InvalidScopeIdArgument.
            throw RuntimeError(ErrorRecord(
                message: "Cannot process argument because the value of parameter \"Scope\" is not valid. Valid values are \"Global\", \"Local\", or \"Script\", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the \"Scope\" parameter and run the operation again.",
                errorId: "Argument", category: .invalidArgument, reason: "PSArgumentException"))
        }
        var cursor: Scope? = number < 0 ? nil : currentScope
        var remaining = number
        while remaining > 0, let scope = cursor {
            cursor = scope.parent
            remaining -= 1
        }
        guard let found = cursor else {
            // Source: SessionStateStrings.resx ScopeIDExceedsAvailableScopes.
            throw RuntimeError(ErrorRecord(
                message: "The scope number '\(number)' exceeds the number of active scopes.\nParameter name: Scope\nActual value was \(number).",
                errorId: "ArgumentOutOfRange", category: .invalidArgument, reason: "PSArgumentOutOfRangeException"))
        }
        return found
    }
}
