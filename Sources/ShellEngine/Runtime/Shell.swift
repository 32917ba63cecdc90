import Foundation
import PowerShellSyntax

/// The PowerShell-compatible interpreter: session state, commands, formatting and the host.
/// One `Shell` is one session (one REPL, one script run, one replay).
public final class Shell {
    public let host: ShellHost
    /// Each shell resolves commands through a cache of its own: functions defined in one shell must not
    /// be hidden by what another shell, given a copy of the same registry, remembered.
    public var registry: CommandRegistry {
        didSet { registry.startOwnResolutions() }
    }
    public var formats: FormatRegistry
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
    public internal(set) var lastExitCode: Int32 = 0
    var lastSucceeded = true
    var callDepth = 0
    /// How many `try` blocks are running: inside one, errors go to `catch` instead of the console.
    var tryDepth = 0
    /// The source of the code running now, for error positions.
    var currentSource = SourceText("")
    /// Called with each line the host is given, for `Start-Transcript`.
    public var onCommandLine: ((String) -> Void)?
    /// Shown in `$PSVersionTable` and transcripts.
    public static let version = "0.1.0"
    /// Extra members for values that are not ``PSObject``s (set by the PowerCLI module, for instance).
    public var maximumCallDepth = 200
    /// The functions running now, innermost last, with where each was called (for errors they raise).
    var invocationStack: [(name: String, span: SourceSpan, source: SourceText)] = []
    /// When true (the fuzzer), no external programs, script files or file writes: only in-process work.
    public var isSandboxed = false
    /// State that command modules keep per session (PowerCLI's connections, the lab), by module name.
    public var moduleState: [String: AnyObject] = [:]
    /// Values bound to sensitive parameters, for transcripts and history (see `Shell+Secrets.swift`).
    public let secrets = SessionSecrets()
    /// The binder's view of each cmdlet type used so far, built once per type.
    private var bindingTables: [ObjectIdentifier: BindingTable] = [:]

    public init(host: ShellHost, registry: CommandRegistry, formats: FormatRegistry) {
        self.host = host
        self.registry = registry
        self.registry.startOwnResolutions()
        self.formats = formats
        self.globalScope = Scope(parent: nil)
        self.scriptScope = globalScope
        self.currentScope = globalScope
        self.location = FileManager.default.currentDirectoryPath
        installAutomaticVariables()
    }

    func installAutomaticVariables() {
        for (name, value) in [("true", Value.bool(true)), ("false", .bool(false)), ("null", .null)] {
            globalScope.variables[name] = Variable(name: name, value: value, isConstant: true)
        }
        setVariable("ErrorActionPreference", .string("Continue"))
        setVariable("WarningPreference", .string("Continue"))
        setVariable("VerbosePreference", .string("SilentlyContinue"))
        setVariable("ConfirmPreference", .string("High"))
        setVariable("ErrorView", .string("NormalView"))
        setVariable("FormatEnumerationLimit", .int(4))
        setVariable("MaximumHistoryCount", .int(4096))
        setVariable("OFS", .string(" "))
        setVariable("HOME", .string(ProcessInfo.processInfo.environment["HOME"] ?? "/"))
        setVariable("PID", .int(Int(ProcessInfo.processInfo.processIdentifier)))
        setVariable("IsLinux", .bool(true))
        setVariable("IsWindows", .bool(false))
        setVariable("IsMacOS", .bool(false))
        setVariable("IsCoreCLR", .bool(true))
        let versionTable = PSHashtable(isOrdered: true)
        versionTable["PSVersion"] = .object(VersionValue.object("5.1.0"))
        versionTable["PSEdition"] = .string("Desktop")
        versionTable["vtashVersion"] = .string(Shell.version)
        versionTable["PSCompatibleVersions"] = .array(["1.0", "2.0", "3.0", "4.0", "5.0", "5.1"].map { Value.string($0) })
        versionTable["Platform"] = .string("Unix")
        versionTable["OS"] = .string("Linux")
        versionTable["SerializationVersion"] = .string("1.1.0.1")
        versionTable["PSRemotingProtocolVersion"] = .string("2.3")
        versionTable["WSManStackVersion"] = .string("3.0")
        setVariable("PSVersionTable", .hashtable(versionTable))
    }

    // MARK: - Variables

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
        let target: Scope
        switch scope {
        case "global": target = globalScope
        case "script": target = scriptScope
        default: target = currentScope
        }
        let key = VariableKey.of(name)
        if let existing = target.variables[key] {
            existing.value = value
        } else {
            target.variables[key] = Variable(name: name, value: value)
        }
    }

    func isConstantVariable(_ name: String) -> Bool {
        globalScope.variables[VariableKey.of(name)]?.isConstant == true
    }

    func removeVariable(_ name: String, scope: String? = nil) -> Bool {
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

    func setVariableDescription(_ name: String, _ description: String, scope: String? = nil) {
        let target = scope == "global" ? globalScope : (scope == "script" ? scriptScope : currentScope)
        target.variables[VariableKey.of(name)]?.description = description
    }

    /// All visible variables, innermost definition winning, sorted by name; only one scope's when named.
    func visibleVariables(scope: String? = nil) -> [Variable] {
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

    func bindingTable(for type: any Cmdlet.Type) -> BindingTable {
        let key = ObjectIdentifier(type)
        if let table = bindingTables[key] { return table }
        let table = BindingTable(metadata: type.metadata)
        bindingTables[key] = table
        return table
    }

    func function(named name: String) -> FunctionInfo? {
        let key = VariableKey.of(name)
        var cursor: Scope? = currentScope
        while let scope = cursor {
            if let function = scope.functions[key] { return function }
            cursor = scope.parent
        }
        return nil
    }

    func visibleFunctions() -> [FunctionInfo] {
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
        _ = FileManager.default.changeCurrentDirectoryPath(resolved)
    }

    /// The default prompt: `PS /path> `.
    public var prompt: String { "PS \(location)> " }
}
