import Foundation

/// What a session remembers between commands: the scopes with their variables and functions, the current
/// location and `$Error`. The interpreter (``Shell``) reads and changes it; commands reach it through the shell.
public final class SessionState {
    let globalScope: Scope
    var scriptScope: Scope
    var currentScope: Scope
    /// The current directory (`Get-Location`), always absolute.
    public internal(set) var location: String
    /// `$Error`, newest first.
    public internal(set) var errorHistory: [ErrorRecord] = []
    /// How many errors were ever recorded (`$Error` keeps the last 256): `-ErrorVariable` of a function
    /// takes those recorded during its call.
    var errorsRecorded = 0
    /// The keys of every alias ever set in a scope other than the global one. Such names are never cached as
    /// resolved commands (the alias may be visible in one scope and not in another), and only they are looked up
    /// through the scopes: every other name costs what it did before scoped aliases.
    var scopedAliasNames: Set<String> = []

    init() {
        globalScope = Scope(parent: nil)
        scriptScope = globalScope
        currentScope = globalScope
        location = FileManager.default.currentDirectoryPath
    }

    /// Adds an error to `$Error` (the last 256 are kept).
    func record(_ record: ErrorRecord) {
        errorsRecorded += 1
        errorHistory.insert(record, at: 0)
        if errorHistory.count > 256 { errorHistory.removeLast() }
    }

    /// `$Error.Clear()`.
    func clearErrors() { errorHistory.removeAll() }

    /// `$Error.RemoveAt(index)`.
    func removeError(at index: Int) {
        guard index >= 0, index < errorHistory.count else { return }
        errorHistory.remove(at: index)
    }

    /// Looks a variable up through the scope chain (`$name`), or in the named scope.
    public func variable(_ name: String, scope: String? = nil) -> Value? {
        let key = VariableKey.of(name)
        switch scope {
        case "global": return globalScope.variables[key]?.value
        case "script": return scriptScope.variables[key]?.value
        case "local", "private": return currentScope.variables[key]?.value
        default:
            var cursor: Scope? = currentScope
            while let scope = cursor {
                if let variable = scope.variables[key] { return variable.value }
                cursor = scope.parent
            }
            return nil
        }
    }

    /// Sets a variable in the current scope (or the named one).
    public func setVariable(_ name: String, _ value: Value, scope: String? = nil) {
        setVariable(name, value, scope: scope, automationNull: false)
    }

    /// `automationNull`: the value (then `$null`) came from a command that wrote nothing.
    package func setVariable(_ name: String, _ value: Value, scope: String?, automationNull: Bool) {
        let target: Scope
        switch scope {
        case "global": target = globalScope
        case "script": target = scriptScope
        default: target = currentScope
        }
        let key = VariableKey.of(name)
        if let existing = target.variables[key] {
            existing.value = value
            existing.holdsAutomationNull = automationNull
        } else {
            let variable = Variable(name: name, value: value)
            variable.holdsAutomationNull = automationNull
            target.variables[key] = variable
        }
    }

    /// The variable `$name = ...` assigns when the target scope has it already (the common case in a loop).
    package func assignedVariable(_ name: String, scope: String?) -> Variable? {
        switch scope {
        case "global": return globalScope.variables[VariableKey.of(name)]
        case "script": return scriptScope.variables[VariableKey.of(name)]
        default: return currentScope.variables[VariableKey.of(name)]
        }
    }

    /// Constrains a variable of the target scope to a type (`[int]$i = 5`).
    package func constrainVariable(_ name: String, scope: String?, to typeName: String?) {
        let target: Scope
        switch scope {
        case "global": target = globalScope
        case "script": target = scriptScope
        default: target = currentScope
        }
        target.variables[VariableKey.of(name)]?.typeConstraint = typeName
    }

    /// The variable `$name` reads, through the scope chain.
    package func lookup(_ name: String) -> Variable? {
        let key = VariableKey.of(name)
        var cursor: Scope? = currentScope
        while let scope = cursor {
            if let variable = scope.variables[key] { return variable }
            cursor = scope.parent
        }
        return nil
    }

    package func isConstantVariable(_ name: String) -> Bool {
        globalScope.variables[VariableKey.of(name)]?.isConstant == true
    }

    package func removeVariable(_ name: String, scope: String? = nil) -> Bool {
        let key = VariableKey.of(name)
        if let scope {
            let target = scope == "global" ? globalScope : (scope == "script" ? scriptScope : currentScope)
            return target.variables.removeValue(forKey: key) != nil
        }
        var cursor: Scope? = currentScope
        while let s = cursor {
            if s.variables.removeValue(forKey: key) != nil { return true }
            cursor = s.parent
        }
        return false
    }

    package func setVariableDescription(_ name: String, _ description: String, scope: String? = nil) {
        let target = scope == "global" ? globalScope : (scope == "script" ? scriptScope : currentScope)
        target.variables[VariableKey.of(name)]?.description = description
    }

    /// All visible variables, innermost definition winning, sorted by name; only one scope's when named.
    package func visibleVariables(scope: String? = nil) -> [Variable] {
        var seen: [String: Variable] = [:]
        switch scope?.lowercased() {
        // The keys are the lower-cased names, so sorting by key sorts case-insensitively without lowercasing per comparison.
        case "global": return globalScope.variables.sorted { $0.key < $1.key }.map(\.value)
        case "script": return scriptScope.variables.sorted { $0.key < $1.key }.map(\.value)
        case "local": return currentScope.variables.sorted { $0.key < $1.key }.map(\.value)
        default: break
        }
        var cursor: Scope? = currentScope
        while let scope = cursor {
            for (key, variable) in scope.variables where seen[key] == nil { seen[key] = variable }
            cursor = scope.parent
        }
        return seen.sorted { $0.key < $1.key }.map(\.value)
    }

    package func function(named name: String) -> FunctionInfo? {
        let key = VariableKey.of(name)
        var cursor: Scope? = currentScope
        while let scope = cursor {
            if let function = scope.functions[key] { return function }
            cursor = scope.parent
        }
        return nil
    }

    package func visibleFunctions() -> [FunctionInfo] {
        var seen: [String: FunctionInfo] = [:]
        var cursor: Scope? = currentScope
        while let scope = cursor {
            for (key, function) in scope.functions where seen[key] == nil { seen[key] = function }
            cursor = scope.parent
        }
        return seen.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    // MARK: - Paths

    /// An absolute path for `path`, relative to the current location; `~` is the home directory.
    public func resolvePath(_ path: String) -> String {
        var text = path
        if text.hasPrefix("~") {
            text = (ProcessInfo.processInfo.environment["HOME"] ?? "/") + text.dropFirst()
        }
        let url = text.hasPrefix("/") ? URL(fileURLWithPath: text) : URL(fileURLWithPath: location).appendingPathComponent(text)
        return url.standardizedFileURL.path
    }

    public func setLocation(_ path: String) throws(RuntimeError) {
        let resolved = resolvePath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuntimeError(ErrorRecord(
                message: "Cannot find path '\(resolved)' because it does not exist.", errorId: "PathNotFound",
                category: .objectNotFound, reason: "ItemNotFoundException", targetName: resolved, targetType: "String",
                commandName: "Set-Location", commandClass: "Microsoft.PowerShell.Commands.SetLocationCommand"))
        }
        location = resolved
        // The process keeps its own directory: several shells may run in one process (tests, `vtash serve`),
        // and every path a command uses goes through `resolvePath`, as PowerShell leaves
        // [Environment]::CurrentDirectory alone when the location changes.
    }
}
