public struct ConditionalClause: Equatable, Sendable {
    public var condition: Pipeline
    public var body: [Statement]

    public init(condition: Pipeline, body: [Statement]) {
        self.condition = condition
        self.body = body
    }
}
