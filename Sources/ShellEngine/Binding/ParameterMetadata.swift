import ValueStorage

/// One parameter of a command: its name, type, aliases and how each parameter set uses it.
public struct ParameterMetadata: Sendable {
    public var name: String {
        get { storage.name }
        set { storage.name = newValue }
    }
    public var type: ParameterType {
        get { storage.type }
        set { storage.type = newValue }
    }
    public var aliases: [String] {
        get { storage.aliases }
        set { storage.aliases = newValue }
    }
    /// Membership per parameter set; the key ``ParameterSetMembership/allSets`` means every set.
    public var sets: [String: ParameterSetMembership] {
        get { storage.sets }
        set {
            storage.sets = newValue
            storage.isMandatoryInSomeSet = newValue.values.contains { $0.mandatory }
        }
    }
    public var description: String {
        get { storage.description }
        set { storage.description = newValue }
    }
    public var supportsWildcards: Bool {
        get { storage.supportsWildcards }
        set { storage.supportsWildcards = newValue }
    }
    /// Values offered by completion and checked by validation (`ValidateSet`), when fixed.
    public var validValues: [String]? {
        get { storage.validValues }
        set { storage.validValues = newValue }
    }
    public var isCommon: Bool {
        get { storage.isCommon }
        set { storage.isCommon = newValue }
    }
    /// What the declaration says of the value's secrecy (`nil`: decided by the parameter's type and name).
    public var declaredSensitive: Bool? {
        get { storage.declaredSensitive }
        set { storage.declaredSensitive = newValue }
    }
    /// What a script parameter adds: its `[Validate*()]` attributes and default value, evaluated by the shell.
    package var script: ScriptParameterInfo? {
        get { storage.script }
        set { storage.script = newValue }
    }
    /// Mandatory in at least one of its sets (the binder refuses `$null` and empty values then).
    var isMandatoryInSomeSet: Bool { storage.isMandatoryInSomeSet }

    /// The fields, in one box shared by copies until one changes: the binder copies parameters many times
    /// for every command of a script, and a copy is then one retain rather than one per field.
    private var storage: CopyOnWriteBox<Fields>

    private struct Fields: Sendable {
        var name: String
        var type: ParameterType
        var aliases: [String]
        var sets: [String: ParameterSetMembership]
        var description: String
        var supportsWildcards: Bool
        var validValues: [String]?
        var isCommon: Bool
        var declaredSensitive: Bool?
        var script: ScriptParameterInfo?
        var isMandatoryInSomeSet: Bool
    }

    public init(
        _ name: String, _ type: ParameterType, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
        pipeline: PipelineInput = [], set: String? = nil, description: String = "", wildcards: Bool = false,
        validValues: [String]? = nil, isCommon: Bool = false
    ) {
        storage = CopyOnWriteBox(Fields(
            name: name, type: type, aliases: aliases,
            sets: [set ?? ParameterSetMembership.allSets: ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)],
            description: description, supportsWildcards: wildcards, validValues: validValues, isCommon: isCommon,
            declaredSensitive: nil, script: nil, isMandatoryInSomeSet: mandatory))
    }

    /// Adds the same parameter to another set with its own flags.
    public func also(in set: String, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = []) -> ParameterMetadata {
        var copy = self
        copy.sets[set] = ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)
        return copy
    }

    package func membership(in set: String) -> ParameterSetMembership? {
        storage.sets[set] ?? storage.sets[ParameterSetMembership.allSets]
    }

    var isInAllSets: Bool { storage.sets[ParameterSetMembership.allSets] != nil }
}
