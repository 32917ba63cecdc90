/// How a parameter takes part in one parameter set.
public struct ParameterSetUse: Sendable {
    public var set: String?
    public var mandatory: Bool
    public var position: Int?
    public var pipeline: PipelineInput

    public init(_ set: String?, mandatory: Bool = false, position: Int? = nil, pipeline: PipelineInput = []) {
        self.set = set
        self.mandatory = mandatory
        self.position = position
        self.pipeline = pipeline
    }
}
