/// One parameter of a command: its name, type, aliases and how each parameter set uses it.
public struct ParameterMetadata: Sendable {
    public var name: String {
        get { storage.name }
        set { uniqueStorage.name = newValue }
    }
    public var type: ParameterType {
        get { storage.type }
        set { uniqueStorage.type = newValue }
    }
    public var aliases: [String] {
        get { storage.aliases }
        set { uniqueStorage.aliases = newValue }
    }
    /// Membership per parameter set; the key ``ParameterSetMembership/allSets`` means every set.
    public var sets: [String: ParameterSetMembership] {
        get { storage.sets }
        set {
            let storage = uniqueStorage
            storage.sets = newValue
            storage.isMandatoryInSomeSet = newValue.values.contains { $0.mandatory }
        }
    }
    public var description: String {
        get { storage.description }
        set { uniqueStorage.description = newValue }
    }
    public var supportsWildcards: Bool {
        get { storage.supportsWildcards }
        set { uniqueStorage.supportsWildcards = newValue }
    }
    /// Values offered by completion and checked by validation (`ValidateSet`), when fixed.
    public var validValues: [String]? {
        get { storage.validValues }
        set { uniqueStorage.validValues = newValue }
    }
    public var isCommon: Bool {
        get { storage.isCommon }
        set { uniqueStorage.isCommon = newValue }
    }
    /// What the declaration says of the value's secrecy (`nil`: decided by the parameter's type and name).
    public var declaredSensitive: Bool? {
        get { storage.declaredSensitive }
        set { uniqueStorage.declaredSensitive = newValue }
    }
    /// What a script parameter adds: its `[Validate*()]` attributes and default value, evaluated by the shell.
    package var script: ScriptParameterInfo? {
        get { storage.script }
        set { uniqueStorage.script = newValue }
    }
    /// Mandatory in at least one of its sets (the binder refuses `$null` and empty values then).
    var isMandatoryInSomeSet: Bool { storage.isMandatoryInSomeSet }

    /// The fields, in one box shared by copies until one changes: the binder copies parameters many times
    /// for every command of a script, and a copy is then one retain rather than one per field.
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

        init(name: String, type: ParameterType, aliases: [String], sets: [String: ParameterSetMembership], description: String,
             supportsWildcards: Bool, validValues: [String]?, isCommon: Bool) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.sets = sets
            self.description = description
            self.supportsWildcards = supportsWildcards
            self.validValues = validValues
            self.isCommon = isCommon
            self.isMandatoryInSomeSet = sets.values.contains { $0.mandatory }
        }

        convenience init(copying other: Storage) {
            self.init(name: other.name, type: other.type, aliases: other.aliases, sets: other.sets, description: other.description,
                      supportsWildcards: other.supportsWildcards, validValues: other.validValues, isCommon: other.isCommon)
            declaredSensitive = other.declaredSensitive
            script = other.script
        }
    }

    public init(
        _ name: String, _ type: ParameterType, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
        pipeline: PipelineInput = [], set: String? = nil, description: String = "", wildcards: Bool = false,
        validValues: [String]? = nil, isCommon: Bool = false
    ) {
        storage = Storage(
            name: name, type: type, aliases: aliases,
            sets: [set ?? ParameterSetMembership.allSets: ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)],
            description: description, supportsWildcards: wildcards, validValues: validValues, isCommon: isCommon)
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

public struct ParameterSetMembership: Sendable {
    public static let allSets = "__AllParameterSets"
    public var mandatory: Bool
    public var position: Int?
    public var pipeline: PipelineInput
}

/// How a parameter takes pipeline input.
public struct PipelineInput: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let byValue = PipelineInput(rawValue: 1)
    public static let byPropertyName = PipelineInput(rawValue: 2)
}
