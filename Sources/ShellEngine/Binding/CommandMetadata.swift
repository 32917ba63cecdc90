import ValueStorage

/// Everything the binder, `Get-Command`, `Get-Help` and completion know about a command.
public struct CommandMetadata: Sendable {
    public var name: String {
        get { storage.fields.name }
        set { storage.fields.name = newValue }
    }
    /// The implementing class, shown after the error id: `NamedParameterNotFound,<class>`.
    public var className: String {
        get { storage.fields.className }
        set { storage.fields.className = newValue }
    }
    public var module: String {
        get { storage.fields.module }
        set { storage.fields.module = newValue }
    }
    public var synopsis: String {
        get { storage.fields.synopsis }
        set { storage.fields.synopsis = newValue }
    }
    public var description: String {
        get { storage.fields.description }
        set { storage.fields.description = newValue }
    }
    public var parameters: [ParameterMetadata] {
        get { storage.fields.parameters }
        set { storage.fields.parameters = newValue }
    }
    public var defaultParameterSet: String? {
        get { storage.fields.defaultParameterSet }
        set { storage.fields.defaultParameterSet = newValue }
    }
    /// Adds `-WhatIf` and `-Confirm`.
    public var supportsShouldProcess: Bool {
        get { storage.fields.supportsShouldProcess }
        set { storage.fields.supportsShouldProcess = newValue }
    }
    /// `ConfirmImpact.High`: asks before acting unless `-Confirm:$false`.
    public var confirmsByDefault: Bool {
        get { storage.fields.confirmsByDefault }
        set { storage.fields.confirmsByDefault = newValue }
    }
    public var outputType: String? {
        get { storage.fields.outputType }
        set { storage.fields.outputType = newValue }
    }
    public var examples: [HelpExample] {
        get { storage.fields.examples }
        set { storage.fields.examples = newValue }
    }
    public var notes: String {
        get { storage.fields.notes }
        set { storage.fields.notes = newValue }
    }
    public var relatedLinks: [String] {
        get { storage.fields.relatedLinks }
        set { storage.fields.relatedLinks = newValue }
    }
    /// Cmdlets and advanced functions take `-Verbose`, `-ErrorAction`, ...; simple functions and scripts do not.
    public var takesCommonParameters: Bool {
        get { storage.fields.takesCommonParameters }
        set { storage.fields.takesCommonParameters = newValue }
    }
    /// A simple function or script: arguments no parameter takes go to `$args` instead of being errors.
    public var collectsUnboundArguments: Bool {
        get { storage.fields.collectsUnboundArguments }
        set { storage.fields.collectsUnboundArguments = newValue }
    }

    /// Where a cmdlet's `@Parameter` properties keep their bound values (derived with the metadata).
    var slotLayout: ParameterSlots.Layout {
        get { storage.fields.slotLayout }
        set { storage.fields.slotLayout = newValue }
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
        var slotLayout = ParameterSlots.Layout.none
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
