import ValueStorage

/// One parameter of a command: its name, type, aliases and how each parameter set uses it.
public struct ParameterMetadata: Sendable {
    public var name: String {
        get { storage.fields.name }
        set { storage.fields.name = newValue }
    }
    public var type: ParameterType {
        get { storage.fields.type }
        set { storage.fields.type = newValue }
    }
    public var aliases: [String] {
        get { storage.fields.aliases }
        set { storage.fields.aliases = newValue }
    }
    /// Membership per parameter set; the key ``ParameterSetMembership/allSets`` means every set.
    public var sets: [String: ParameterSetMembership] {
        get { storage.fields.sets }
        set {
            storage.fields.sets = newValue
            storage.fields.isMandatoryInSomeSet = newValue.values.contains { $0.mandatory }
        }
    }
    public var description: String {
        get { storage.fields.description }
        set { storage.fields.description = newValue }
    }
    public var supportsWildcards: Bool {
        get { storage.fields.supportsWildcards }
        set { storage.fields.supportsWildcards = newValue }
    }
    /// Values offered by completion and checked by validation (`ValidateSet`), when fixed.
    public var validValues: [String]? {
        get { storage.fields.validValues }
        set { storage.fields.validValues = newValue }
    }
    /// `[AllowNull()]`: a mandatory parameter that still takes `$null`.
    public var allowsNull: Bool {
        get { storage.fields.allowsNull }
        set { storage.fields.allowsNull = newValue }
    }
    /// `[AllowEmptyString()]`: a mandatory string parameter that still takes "".
    public var allowsEmptyString: Bool {
        get { storage.fields.allowsEmptyString }
        set { storage.fields.allowsEmptyString = newValue }
    }
    public var isCommon: Bool {
        get { storage.fields.isCommon }
        set { storage.fields.isCommon = newValue }
    }
    /// What the declaration says of the value's secrecy (`nil`: decided by the parameter's type and name).
    public var declaredSensitive: Bool? {
        get { storage.fields.declaredSensitive }
        set { storage.fields.declaredSensitive = newValue }
    }
    /// Takes the positional arguments no position takes (`ValueFromRemainingArguments`), declared by a cmdlet's
    /// `@Parameter(remaining: true)` or a script's `[Parameter(ValueFromRemainingArguments)]`.
    package var takesRemainingArguments: Bool {
        get { storage.fields.takesRemainingArguments || storage.fields.script?.info.takesRemainingArguments == true }
        set { storage.fields.takesRemainingArguments = newValue }
    }
    /// What a script parameter adds: its `[Validate*()]` attributes and default value, evaluated by the shell.
    package var script: ScriptParameterInfo? {
        get { storage.fields.script?.info }
        set { storage.fields.script = newValue.map(ScriptPart.init) }
    }
    /// Where a cmdlet's `@Parameter` property for it stands among the cmdlet's declared ones (`nil` for
    /// common, hand-written and script parameters): the binder records it, so filling the property needs no lookup.
    package var slot: Int? {
        get { storage.fields.slot }
        set { storage.fields.slot = newValue }
    }
    /// Mandatory in at least one of its sets (the binder refuses `$null` and empty values then).
    var isMandatoryInSomeSet: Bool { storage.fields.isMandatoryInSomeSet }

    /// The fields, in one box shared by copies until one changes: the binder copies parameters many times
    /// for every command of a script, and a copy is then one retain rather than one per field.
    private var storage: CopyOnWriteBox<Fields>

    /// What the binder reads for every argument (type, slot, flags, valid values, script part) comes first, in the
    /// box's first cache line; the script part is boxed, as inline its syntax tree (over 100 bytes) pushed the
    /// fields after it three lines away, and binding a command touched four lines of each parameter.
    private struct Fields: Sendable {
        var type: ParameterType
        var slot: Int?
        var isMandatoryInSomeSet: Bool
        var allowsNull = false
        var allowsEmptyString = false
        var supportsWildcards: Bool
        var isCommon: Bool
        var takesRemainingArguments = false
        var declaredSensitive: Bool?
        var validValues: [String]?
        var script: ScriptPart?
        var name: String
        var aliases: [String]
        var sets: [String: ParameterSetMembership]
        var description: String
    }

    private final class ScriptPart: Sendable {
        let info: ScriptParameterInfo
        init(_ info: ScriptParameterInfo) { self.info = info }
    }

    public init(
        _ name: String, _ type: ParameterType, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
        pipeline: PipelineInput = [], set: String? = nil, description: String = "", wildcards: Bool = false,
        validValues: [String]? = nil, isCommon: Bool = false
    ) {
        storage = CopyOnWriteBox(Fields(
            type: type, slot: nil, isMandatoryInSomeSet: mandatory, supportsWildcards: wildcards, isCommon: isCommon,
            declaredSensitive: nil, validValues: validValues, script: nil, name: name, aliases: aliases,
            sets: [set ?? ParameterSetMembership.allSets: ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)],
            description: description))
    }

    /// Adds the same parameter to another set with its own flags.
    public func also(in set: String, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = []) -> ParameterMetadata {
        var copy = self
        copy.sets[set] = ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)
        return copy
    }

    package func membership(in set: String) -> ParameterSetMembership? {
        storage.fields.sets[set] ?? storage.fields.sets[ParameterSetMembership.allSets]
    }

    var isInAllSets: Bool { storage.fields.sets[ParameterSetMembership.allSets] != nil }
}
