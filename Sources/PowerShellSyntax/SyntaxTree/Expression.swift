/// An expression with its place in the text.
public struct Expression: Equatable, Sendable {
    public var kind: ExpressionKind
    public var span: SourceSpan

    public init(_ kind: ExpressionKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}
