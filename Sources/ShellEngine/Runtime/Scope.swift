/// One level of variable and function scope (global, script, function or script block).
final class Scope {
    let parent: Scope?
    /// Room for the four automatic variables of a script block (`$_`, `$PSItem`, `$args`,
    /// `$PSBoundParameters`) from the start: growing one by one rehashed the names twice per call.
    @exclusivity(unchecked) var variables: [String: Variable] = Dictionary(minimumCapacity: 4) {
        didSet { layoutVersion &+= 1 }
    }
    /// Changes whenever `variables` is written (a variable added, removed or replaced; not a value assigned to an
    /// existing ``Variable``): a block run in this scope that left it unchanged left every name on the object it
    /// had, so putting the caller's automatic variables back needs no lookup (``Shell/invokeScriptBlockInCurrentScope``).
    @exclusivity(unchecked) private(set) var layoutVersion = 0
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
