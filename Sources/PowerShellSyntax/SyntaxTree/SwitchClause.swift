public struct SwitchClause: Equatable, Sendable {
    /// A bare word pattern is a `.stringConstant`; `{ $_ -gt 3 }` is a `.scriptBlock`.
    public var pattern: Expression
    public var body: [Statement]

    public init(pattern: Expression, body: [Statement]) {
        self.pattern = pattern
        self.body = body
    }
}
