/// `[Parameter(Mandatory = $true, Position = 0)]`, `[ValidateSet('a', 'b')]`, `[CmdletBinding()]`.
public struct AttributeAst: Equatable, Sendable {
    public var name: String
    public var positionalArguments: [Expression]
    /// `Mandatory` alone is written with a `nil` value and means `$true`.
    public var namedArguments: [NamedAttributeArgument]
    public var span: SourceSpan

    public init(name: String, positionalArguments: [Expression], namedArguments: [NamedAttributeArgument], span: SourceSpan) {
        self.name = name
        self.positionalArguments = positionalArguments
        self.namedArguments = namedArguments
        self.span = span
    }
}
