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
    /// Turns pipeline output into console lines (the views of the formatting target, once configured).
    public var output: any OutputFormatting
    /// Enums and object type names that modules registered.
    public var types: TypeRegistry
    /// Variables, functions, scopes, the location and `$Error`: what the session remembers between
    /// commands, kept apart from the interpreter that runs them.
    public let session: SessionState
    public internal(set) var lastExitCode: Int32 = 0
    var lastSucceeded = true
    var callDepth = 0
    /// Set by ``evaluateAssignmentValue(_:)`` when the value came from commands that wrote nothing.
    var automationNullPending = false
    /// Set by the last member access or method call evaluated: a `void` method ran, or member enumeration found
    /// nothing. A statement made of that expression writes nothing, and a variable assigned from it holds
    /// AutomationNull.
    var lastExpressionGaveNothing = false
    /// Where `2>&1` sends the errors of the command it is written on, innermost last.
    var errorMerges: [Emit] = []
    /// The errors the running `catch` blocks handle, innermost last: a bare `throw` throws the last again.
    var handledErrors: [ErrorRecord] = []
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
    package var invocationStack: [(name: String, span: SourceSpan, source: SourceText)] = []
    /// The `-WarningVariable`/`-InformationVariable` collectors of the commands whose code runs now, outermost first
    /// (Shell+StreamVariables.swift); empty unless such a parameter was given.
    var recordCollectors: [RecordCollector] = []
    /// When true (the fuzzer), no external programs, script files or file writes: only in-process work.
    public var isSandboxed = false
    /// State that command modules keep per session (PowerCLI's connections, the lab), by module name.
    public var moduleState: [String: AnyObject] = [:]
    /// Values bound to sensitive parameters, for transcripts and history (see `Shell+Secrets.swift`).
    public let secrets = SessionSecrets()
    /// The inputs typed this session, oldest first (`Get-History`; see `Shell+History.swift`).
    public internal(set) var history: [HistoryEntry] = []
    /// The binder's view of each cmdlet type used so far, built once per type.
    private var bindingTables: [ObjectIdentifier: BindingTable] = [:]

    public init(host: ShellHost, registry: CommandRegistry, output: any OutputFormatting = PlainOutput(), types: TypeRegistry = TypeRegistry()) {
        self.host = host
        self.registry = registry
        self.registry.startOwnResolutions()
        self.output = output
        self.types = types
        self.session = SessionState()
        installAutomaticVariables()
    }

    func installAutomaticVariables() {
        for (name, value) in [("true", Value.bool(true)), ("false", .bool(false)), ("null", .null)] {
            session.globalScope.variables[name] = Variable(name: name, value: value, isConstant: true)
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

    func bindingTable(for type: any Cmdlet.Type) -> BindingTable {
        let key = ObjectIdentifier(type)
        if let table = bindingTables[key] { return table }
        let table = BindingTable(metadata: type.metadata)
        bindingTables[key] = table
        return table
    }


    // MARK: - Session state, as the interpreter reads it

    var globalScope: Scope { session.globalScope }
    var scriptScope: Scope {
        get { session.scriptScope }
        set { session.scriptScope = newValue }
    }
    var currentScope: Scope {
        get { session.currentScope }
        set { session.currentScope = newValue }
    }
    /// The current directory (`Get-Location`), always absolute.
    public internal(set) var location: String {
        get { session.location }
        set { session.location = newValue }
    }
    /// `$Error`, newest first.
    public var errorHistory: [ErrorRecord] { session.errorHistory }
    var errorsRecorded: Int { session.errorsRecorded }

    public func variable(_ name: String, scope: String? = nil) -> Value? { session.variable(name, scope: scope) }
    public func setVariable(_ name: String, _ value: Value, scope: String? = nil) { session.setVariable(name, value, scope: scope) }
    package func isConstantVariable(_ name: String) -> Bool { session.isConstantVariable(name) }
    package func removeVariable(_ name: String, scope: String? = nil) -> Bool { session.removeVariable(name, scope: scope) }
    package func setVariableDescription(_ name: String, _ description: String, scope: String? = nil) {
        session.setVariableDescription(name, description, scope: scope)
    }
    package func visibleVariables(scope: String? = nil) -> [Variable] { session.visibleVariables(scope: scope) }
    package func function(named name: String) -> FunctionInfo? { session.function(named: name) }
    package func visibleFunctions() -> [FunctionInfo] { session.visibleFunctions() }
    public func resolvePath(_ path: String) -> String { session.resolvePath(path) }
    public func setLocation(_ path: String) throws(RuntimeError) { try session.setLocation(path) }

    /// The default prompt: `PS /path> `.
    public var prompt: String { "PS \(location)> " }
}
