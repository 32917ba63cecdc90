/// One parameter of a command: its name, type, aliases and how each parameter set uses it.
public struct ParameterMetadata: Sendable {
    public var name: String
    public var type: ParameterType
    public var aliases: [String]
    /// Membership per parameter set; the key ``ParameterSetMembership/allSets`` means every set.
    public var sets: [String: ParameterSetMembership]
    public var description: String
    public var supportsWildcards: Bool
    /// Values offered by completion and checked by validation (`ValidateSet`), when fixed.
    public var validValues: [String]?
    public var isCommon: Bool

    public init(
        _ name: String, _ type: ParameterType, aliases: [String] = [], mandatory: Bool = false, position: Int? = nil,
        pipeline: PipelineInput = [], set: String? = nil, description: String = "", wildcards: Bool = false,
        validValues: [String]? = nil, isCommon: Bool = false
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.sets = [set ?? ParameterSetMembership.allSets: ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)]
        self.description = description
        self.supportsWildcards = wildcards
        self.validValues = validValues
        self.isCommon = isCommon
    }

    /// Adds the same parameter to another set with its own flags.
    public func also(in set: String, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = []) -> ParameterMetadata {
        var copy = self
        copy.sets[set] = ParameterSetMembership(mandatory: mandatory, position: position, pipeline: pipeline)
        return copy
    }

    func membership(in set: String) -> ParameterSetMembership? {
        sets[set] ?? sets[ParameterSetMembership.allSets]
    }

    var isInAllSets: Bool { sets[ParameterSetMembership.allSets] != nil }
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
