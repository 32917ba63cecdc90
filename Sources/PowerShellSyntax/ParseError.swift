/// A syntax error, with PowerShell's error id and English message, and where it was found.
public struct ParseError: Error, Equatable, Sendable {
    /// PowerShell's id, e.g. `MissingEndCurlyBrace`, `UnexpectedToken`.
    public var errorId: String
    /// PowerShell's English text, e.g. `Missing closing '}' in statement block or type definition.`
    public var message: String
    /// Where PowerShell reports the error.
    public var span: SourceSpan
    /// True when more input could complete the text (open `{`, string, trailing `|` ...).
    public var isIncompleteInput: Bool

    public init(errorId: String, message: String, span: SourceSpan, isIncompleteInput: Bool = false) {
        self.errorId = errorId
        self.message = message
        self.span = span
        self.isIncompleteInput = isIncompleteInput
    }
}

extension ParseError: CustomStringConvertible {
    public var description: String {
        "At line:\(span.line) char:\(span.column): \(message) (\(errorId))"
    }
}
