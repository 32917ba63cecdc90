public struct NamedAttributeArgument: Equatable, Sendable {
    public var name: String
    public var value: Expression?

    public init(name: String, value: Expression?) {
        self.name = name
        self.value = value
    }
}
