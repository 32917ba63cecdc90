public struct CatchClause: Equatable, Sendable {
    /// Empty for a catch-all `catch { }`.
    public var typeNames: [String]
    public var body: [Statement]

    public init(typeNames: [String], body: [Statement]) {
        self.typeNames = typeNames
        self.body = body
    }
}
