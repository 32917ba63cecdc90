public struct HashtableEntry: Equatable, Sendable {
    public var key: Expression
    public var value: Statement

    public init(key: Expression, value: Statement) {
        self.key = key
        self.value = value
    }
}
