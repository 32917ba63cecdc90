import ValueStorage

/// How a parameter takes pipeline input.
public struct PipelineInput: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let byValue = PipelineInput(rawValue: 1)
    public static let byPropertyName = PipelineInput(rawValue: 2)
}
