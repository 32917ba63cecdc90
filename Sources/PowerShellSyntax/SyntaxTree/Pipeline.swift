/// `a | b | c`. The first element may be an expression; the others are commands.
public struct Pipeline: Equatable, Sendable {
    public var elements: [PipelineElement]
    public var span: SourceSpan

    public init(elements: [PipelineElement], span: SourceSpan) {
        self.elements = elements
        self.span = span
    }
}
