import PowerShellSyntax

/// A script block literal `{ ... }`: code that runs when invoked, in a new scope.
public final class ScriptBlockValue {
    public let ast: ScriptBlockAst
    /// The full text it was parsed from, for error positions and `ToString()`.
    public let source: SourceText
    /// Its `param()` block as command metadata, read the first time it is called with arguments.
    var command: ScriptCommand?
    /// `GetNewClosure()`: copies of the variables visible where the closure was made; the block's scope sits on them.
    var capturedScope: Scope?

    public init(ast: ScriptBlockAst, source: SourceText) {
        self.ast = ast
        self.source = source
    }

    /// The text between the braces, as PowerShell's `ToString()` gives it.
    public var text: String {
        let inner = source.slice(ast.span)
        if inner.hasPrefix("{") && inner.hasSuffix("}") {
            return String(inner.dropFirst().dropLast())
        }
        return inner
    }
}
