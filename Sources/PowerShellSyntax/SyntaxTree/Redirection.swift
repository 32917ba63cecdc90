public struct Redirection: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case file(Expression)
        /// `2>&1`: merge into stream 1.
        case stream(Int)
    }

    /// 1 output, 2 error, 3 warning, 4 verbose, 5 debug, 6 information, 0 for `*`.
    public var stream: Int
    public var append: Bool
    public var target: Target
    public var span: SourceSpan

    public init(stream: Int, append: Bool, target: Target, span: SourceSpan) {
        self.stream = stream
        self.append = append
        self.target = target
        self.span = span
    }
}
