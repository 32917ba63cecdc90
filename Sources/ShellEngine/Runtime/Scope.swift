/// One level of variable and function scope (global, script, function or script block).
final class Scope {
    let parent: Scope?
    /// Room for the four automatic variables of a script block (`$_`, `$PSItem`, `$args`,
    /// `$PSBoundParameters`) from the start: growing one by one rehashed the names twice per call.
    var variables: [String: Variable] = Dictionary(minimumCapacity: 4)
    var functions: [String: FunctionInfo] = [:]
    /// Set on a module's scope: the module whose functions run in it.
    var module: ModuleInfo?
    /// Aliases set in this scope (`Set-Alias` in a function), by key; `nil` until one is (the global scope's are the
    /// registry's).
    var aliases: [String: ScopedAlias]?

    init(parent: Scope?) {
        self.parent = parent
    }

    /// Sets a variable of this scope by its key (already lower-cased), as `setVariable(name, value, scope:
    /// "local")` does: the automatic variables of every script block call, without lower-casing their names.
    func setLocal(_ key: String, name: String, _ value: Value) {
        if let existing = variables[key] {
            existing.value = value
            existing.holdsAutomationNull = false
        } else {
            variables[key] = Variable(name: name, value: value)
        }
    }
}
