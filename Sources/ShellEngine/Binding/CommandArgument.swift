import PowerShellSyntax

/// One argument as written on the command line, after evaluation.
enum CommandArgument {
    /// `-Name` (value nil, taken from the next argument when needed) or `-Name:value`.
    case named(name: String, value: Value?, text: String, span: SourceSpan)
    case positional(Value, span: SourceSpan)
}
