/// A statement with its place in the text.
public struct Statement: Equatable, Sendable {
    public var kind: StatementKind
    public var span: SourceSpan

    public init(_ kind: StatementKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}
