/// Everything the binder, `Get-Command`, `Get-Help` and completion know about a command.
public struct CommandMetadata: Sendable {
    public var name: String {
        get { storage.name }
        set { uniqueStorage.name = newValue }
    }
    /// The implementing class, shown after the error id: `NamedParameterNotFound,<class>`.
    public var className: String {
        get { storage.className }
        set { uniqueStorage.className = newValue }
    }
    public var module: String {
        get { storage.module }
        set { uniqueStorage.module = newValue }
    }
    public var synopsis: String {
        get { storage.synopsis }
        set { uniqueStorage.synopsis = newValue }
    }
    public var description: String {
        get { storage.description }
        set { uniqueStorage.description = newValue }
    }
    public var parameters: [ParameterMetadata] {
        get { storage.parameters }
        set { uniqueStorage.parameters = newValue }
    }
    public var defaultParameterSet: String? {
        get { storage.defaultParameterSet }
        set { uniqueStorage.defaultParameterSet = newValue }
    }
    /// Adds `-WhatIf` and `-Confirm`.
    public var supportsShouldProcess: Bool {
        get { storage.supportsShouldProcess }
        set { uniqueStorage.supportsShouldProcess = newValue }
    }
    /// `ConfirmImpact.High`: asks before acting unless `-Confirm:$false`.
    public var confirmsByDefault: Bool {
        get { storage.confirmsByDefault }
        set { uniqueStorage.confirmsByDefault = newValue }
    }
    public var outputType: String? {
        get { storage.outputType }
        set { uniqueStorage.outputType = newValue }
    }
    public var examples: [HelpExample] {
        get { storage.examples }
        set { uniqueStorage.examples = newValue }
    }
    public var notes: String {
        get { storage.notes }
        set { uniqueStorage.notes = newValue }
    }
    public var relatedLinks: [String] {
        get { storage.relatedLinks }
        set { uniqueStorage.relatedLinks = newValue }
    }
    /// Cmdlets and advanced functions take `-Verbose`, `-ErrorAction`, ...; simple functions and scripts do not.
    public var takesCommonParameters: Bool {
        get { storage.takesCommonParameters }
        set { uniqueStorage.takesCommonParameters = newValue }
    }
    /// A simple function or script: arguments no parameter takes go to `$args` instead of being errors.
    public var collectsUnboundArguments: Bool {
        get { storage.collectsUnboundArguments }
        set { uniqueStorage.collectsUnboundArguments = newValue }
    }

    /// The fields, in one box shared by copies until one changes: every command of a script copies its
    /// metadata into its context, and a copy is then one retain rather than one per field.
    private var storage: Storage

    private var uniqueStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
            return storage
        }
    }

    /// Changed only while uniquely referenced (see `uniqueStorage`), so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        var name: String
        var className: String
        var module: String
        var synopsis: String
        var description: String
        var parameters: [ParameterMetadata]
        var defaultParameterSet: String?
        var supportsShouldProcess: Bool
        var confirmsByDefault: Bool
        var outputType: String?
        var examples: [HelpExample]
        var notes: String
        var relatedLinks: [String]
        var takesCommonParameters = true
        var collectsUnboundArguments = false

        init(name: String, className: String, module: String, synopsis: String, description: String,
             parameters: [ParameterMetadata], defaultParameterSet: String?, supportsShouldProcess: Bool, confirmsByDefault: Bool,
             outputType: String?, examples: [HelpExample], notes: String, relatedLinks: [String]) {
            self.name = name
            self.className = className
            self.module = module
            self.synopsis = synopsis
            self.description = description
            self.parameters = parameters
            self.defaultParameterSet = defaultParameterSet
            self.supportsShouldProcess = supportsShouldProcess
            self.confirmsByDefault = confirmsByDefault
            self.outputType = outputType
            self.examples = examples
            self.notes = notes
            self.relatedLinks = relatedLinks
        }

        convenience init(copying other: Storage) {
            self.init(name: other.name, className: other.className, module: other.module, synopsis: other.synopsis,
                      description: other.description, parameters: other.parameters, defaultParameterSet: other.defaultParameterSet,
                      supportsShouldProcess: other.supportsShouldProcess, confirmsByDefault: other.confirmsByDefault,
                      outputType: other.outputType, examples: other.examples, notes: other.notes, relatedLinks: other.relatedLinks)
            takesCommonParameters = other.takesCommonParameters
            collectsUnboundArguments = other.collectsUnboundArguments
        }
    }

    public init(
        name: String, className: String, module: String = "Microsoft.PowerShell.Utility", synopsis: String,
        description: String = "", parameters: [ParameterMetadata], defaultParameterSet: String? = nil,
        supportsShouldProcess: Bool = false, outputType: String? = nil, examples: [HelpExample] = [],
        notes: String = "", relatedLinks: [String] = []
    ) {
        storage = Storage(
            name: name, className: className, module: module, synopsis: synopsis, description: description, parameters: parameters,
            defaultParameterSet: defaultParameterSet, supportsShouldProcess: supportsShouldProcess, confirmsByDefault: false,
            outputType: outputType, examples: examples, notes: notes, relatedLinks: relatedLinks)
    }

    /// The declared parameter sets, in declaration order (the all-sets marker excluded).
    public var parameterSetNames: [String] {
        var names: [String] = []
        for parameter in parameters {
            for set in parameter.sets.keys.sorted() where set != ParameterSetMembership.allSets && !names.contains(set) {
                names.append(set)
            }
        }
        if let preferred = defaultParameterSet, let index = names.firstIndex(of: preferred) {
            names.remove(at: index)
            names.insert(preferred, at: 0)
        }
        return names.isEmpty ? [ParameterSetMembership.allSets] : names
    }

    /// Declared parameters plus the common ones every cmdlet takes.
    public var allParameters: [ParameterMetadata] {
        takesCommonParameters ? parameters + CommonParameters.list(shouldProcess: supportsShouldProcess) : parameters
    }
}

public struct HelpExample: Sendable {
    public var code: String
    public var remarks: String

    public init(_ code: String, _ remarks: String) {
        self.code = code
        self.remarks = remarks
    }
}

/// `-Verbose`, `-ErrorAction`, ... and `-WhatIf`/`-Confirm` for commands that change things.
public enum CommonParameters {
    static let actionPreference = ParameterType.enumeration(
        typeName: "System.Management.Automation.ActionPreference",
        names: ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"])

    public static func list(shouldProcess: Bool) -> [ParameterMetadata] {
        var list: [ParameterMetadata] = [
            ParameterMetadata("Verbose", .switchParameter, aliases: ["vb"], isCommon: true),
            ParameterMetadata("Debug", .switchParameter, aliases: ["db"], isCommon: true),
            ParameterMetadata("ErrorAction", actionPreference, aliases: ["ea"], isCommon: true),
            ParameterMetadata("WarningAction", actionPreference, aliases: ["wa"], isCommon: true),
            ParameterMetadata("InformationAction", actionPreference, aliases: ["infa"], isCommon: true),
            ParameterMetadata("ProgressAction", actionPreference, aliases: ["proga"], isCommon: true),
            ParameterMetadata("ErrorVariable", .string, aliases: ["ev"], isCommon: true),
            ParameterMetadata("WarningVariable", .string, aliases: ["wv"], isCommon: true),
            ParameterMetadata("InformationVariable", .string, aliases: ["iv"], isCommon: true),
            ParameterMetadata("OutVariable", .string, aliases: ["ov"], isCommon: true),
            ParameterMetadata("OutBuffer", .int, aliases: ["ob"], isCommon: true),
            ParameterMetadata("PipelineVariable", .string, aliases: ["pv"], isCommon: true),
        ]
        if shouldProcess {
            list.append(ParameterMetadata("WhatIf", .switchParameter, aliases: ["wi"], isCommon: true))
            list.append(ParameterMetadata("Confirm", .switchParameter, aliases: ["cf"], isCommon: true))
        }
        return list
    }
}
