import ValueStorage

public struct ParameterSetMembership: Sendable {
    public static let allSets = "__AllParameterSets"
    public var mandatory: Bool
    public var position: Int?
    public var pipeline: PipelineInput
}
