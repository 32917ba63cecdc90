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
    /// The errors found after this one, in order: PowerShell's parser goes on after an error in a statement and
    /// reports every error it found (ParseException.Errors).
    public var following: [ParseError] = []

    /// This error and the ones after it.
    public var all: [ParseError] {
        var head = self
        head.following = []
        return [head] + following
    }

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
