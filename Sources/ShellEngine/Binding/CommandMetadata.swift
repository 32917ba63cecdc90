import ValueStorage

/// Everything the binder, `Get-Command`, `Get-Help` and completion know about a command.
public struct CommandMetadata: Sendable {
    public var name: String {
        get { storage.name }
        set { storage.name = newValue }
    }
    /// The implementing class, shown after the error id: `NamedParameterNotFound,<class>`.
    public var className: String {
        get { storage.className }
        set { storage.className = newValue }
    }
    public var module: String {
        get { storage.module }
        set { storage.module = newValue }
    }
    public var synopsis: String {
        get { storage.synopsis }
        set { storage.synopsis = newValue }
    }
    public var description: String {
        get { storage.description }
        set { storage.description = newValue }
    }
    public var parameters: [ParameterMetadata] {
        get { storage.parameters }
        set { storage.parameters = newValue }
    }
    public var defaultParameterSet: String? {
        get { storage.defaultParameterSet }
        set { storage.defaultParameterSet = newValue }
    }
    /// Adds `-WhatIf` and `-Confirm`.
    public var supportsShouldProcess: Bool {
        get { storage.supportsShouldProcess }
        set { storage.supportsShouldProcess = newValue }
    }
    /// `ConfirmImpact.High`: asks before acting unless `-Confirm:$false`.
    public var confirmsByDefault: Bool {
        get { storage.confirmsByDefault }
        set { storage.confirmsByDefault = newValue }
    }
    public var outputType: String? {
        get { storage.outputType }
        set { storage.outputType = newValue }
    }
    public var examples: [HelpExample] {
        get { storage.examples }
        set { storage.examples = newValue }
    }
    public var notes: String {
        get { storage.notes }
        set { storage.notes = newValue }
    }
    public var relatedLinks: [String] {
        get { storage.relatedLinks }
        set { storage.relatedLinks = newValue }
    }
    /// Cmdlets and advanced functions take `-Verbose`, `-ErrorAction`, ...; simple functions and scripts do not.
    public var takesCommonParameters: Bool {
        get { storage.takesCommonParameters }
        set { storage.takesCommonParameters = newValue }
    }
    /// A simple function or script: arguments no parameter takes go to `$args` instead of being errors.
    public var collectsUnboundArguments: Bool {
        get { storage.collectsUnboundArguments }
        set { storage.collectsUnboundArguments = newValue }
    }

    /// The fields, in one box shared by copies until one changes: every command of a script copies its
    /// metadata into its context, and a copy is then one retain rather than one per field.
    private var storage: CopyOnWriteBox<Fields>

    private struct Fields: Sendable {
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
    }

    public init(
        name: String, className: String, module: String = "Microsoft.PowerShell.Utility", synopsis: String,
        description: String = "", parameters: [ParameterMetadata], defaultParameterSet: String? = nil,
        supportsShouldProcess: Bool = false, outputType: String? = nil, examples: [HelpExample] = [],
        notes: String = "", relatedLinks: [String] = []
    ) {
        storage = CopyOnWriteBox(Fields(
            name: name, className: className, module: module, synopsis: synopsis, description: description, parameters: parameters,
            defaultParameterSet: defaultParameterSet, supportsShouldProcess: supportsShouldProcess, confirmsByDefault: false,
            outputType: outputType, examples: examples, notes: notes, relatedLinks: relatedLinks))
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
