import PowerShellSyntax

/// Where an error happened, for `At line:1 char:5` and the `~~~` marker.
public struct ErrorPosition {
    public var source: SourceText
    public var span: SourceSpan

    public init(source: SourceText, span: SourceSpan) {
        self.source = source
        self.span = span
    }
}
