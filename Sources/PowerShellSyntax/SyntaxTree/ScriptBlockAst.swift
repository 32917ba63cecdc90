/// The abstract syntax tree of a PowerShell script, as the parser produces it.
///
/// Every node is a value type. Nodes that the engine reports errors about carry a
/// ``SourceSpan`` so that the error can show `At line:L char:C` and a `~~~` marker.

/// A script, a script block body or a function body.
public struct ScriptBlockAst: Equatable, Sendable {
    /// `[CmdletBinding()]` and other attributes written before `param(...)`.
    public var attributes: [AttributeAst]
    /// The `param(...)` block, or the parameters of `function f($a, $b)`; `nil` when none.
    public var parameters: [ParameterAst]?
    public var beginBlock: [Statement]?
    public var processBlock: [Statement]?
    /// The `end { }` block, or the whole body when no named blocks are used.
    public var endBlock: [Statement]
    /// `#Requires` lines, verbatim (without the `#`).
    public var requires: [String]
    public var span: SourceSpan

    public init(
        attributes: [AttributeAst] = [],
        parameters: [ParameterAst]? = nil,
        beginBlock: [Statement]? = nil,
        processBlock: [Statement]? = nil,
        endBlock: [Statement],
        requires: [String] = [],
        span: SourceSpan
    ) {
        self.attributes = attributes
        self.parameters = parameters
        self.beginBlock = beginBlock
        self.processBlock = processBlock
        self.endBlock = endBlock
        self.requires = requires
        self.span = span
    }
}
