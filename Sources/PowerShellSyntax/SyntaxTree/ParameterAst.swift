/// One parameter of a `param()` block or a function.
public struct ParameterAst: Equatable, Sendable {
    public var name: String
    /// The type constraint text as written, e.g. `string`, `int[]`, `switch`.
    public var typeName: String?
    public var attributes: [AttributeAst]
    public var defaultValue: Expression?
    public var span: SourceSpan

    public init(name: String, typeName: String?, attributes: [AttributeAst], defaultValue: Expression?, span: SourceSpan) {
        self.name = name
        self.typeName = typeName
        self.attributes = attributes
        self.defaultValue = defaultValue
        self.span = span
    }
}
