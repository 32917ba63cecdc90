public enum CommandElement: Equatable, Sendable {
    /// `-Name`, or `-Name:value` (then `argument` is set and `usedColon` is true).
    /// `text` is the parameter token as written, e.g. `-Confirm:`.
    case parameter(name: String, argument: Expression?, usedColon: Bool, text: String, span: SourceSpan)
    /// A positional or named-parameter value.
    case argument(Expression, span: SourceSpan)
    /// `@params`.
    case splat(VariablePath, span: SourceSpan)
    /// `--`: everything after it is an argument, even `-x`.
    case endOfParameters(span: SourceSpan)
}
