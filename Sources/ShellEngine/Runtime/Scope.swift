/// One level of variable and function scope (global, script, function or script block).
final class Scope {
    let parent: Scope?
    /// Room for the four automatic variables of a script block (`$_`, `$PSItem`, `$args`,
    /// `$PSBoundParameters`) from the start: growing one by one rehashed the names twice per call.
    var variables: [String: Variable] = Dictionary(minimumCapacity: 4)
    var functions: [String: FunctionInfo] = [:]
    /// Set on a module's scope: the module whose functions run in it.
    var module: ModuleInfo?

    init(parent: Scope?) {
        self.parent = parent
    }
}
