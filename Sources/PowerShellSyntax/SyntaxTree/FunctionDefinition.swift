public struct FunctionDefinition: Equatable, Sendable {
    public var name: String
    public var isFilter: Bool
    public var body: ScriptBlockAst

    public init(name: String, isFilter: Bool, body: ScriptBlockAst) {
        self.name = name
        self.isFilter = isFilter
        self.body = body
    }
}
