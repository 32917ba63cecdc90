public struct VAPIField: Sendable, Equatable {
    public var name: String
    public var value: VAPIValue

    public init(name: String, value: VAPIValue) {
        self.name = name
        self.value = value
    }
}
