enum TokenKind: Equatable, Sendable {
    case endOfInput
    case newline
    case semicolon
    case lParen, rParen, lCurly, rCurly, lBracket, rBracket
    /// `@(`, `@{`, `$(`
    case atParen, atCurly, dollarParen
    case comma, dot, doubleColon, colon
    case pipe, ampersand, andAnd, orOr
    case assignment(AssignmentOperator)
    case plusPlus, minusMinus
    case plus, minus, star, slash, percent, exclaim, dotDot
    case questionMark, questionQuestion
    /// `-eq`, `-not`, `-f`...: the lower-cased name without the dash.
    case dashOperator(String)
    case variable(VariablePath)
    case splat(VariablePath)
    case number(NumberLiteral)
    /// `'...'` or `@'...'@`, already unescaped.
    case verbatimString(String, StringQuoting)
    /// `"` or `@"`: the parser scans the body.
    case expandableStringStart(StringQuoting)
    /// A bare word with nothing to expand or unescape.
    case word(String)
    /// A bare word with `$`, quotes or backticks inside: the parser scans it.
    case complexWord
    /// `-Name` or `-Name:` in argument mode.
    case parameter(name: String, colon: Bool)
    /// `--` in argument mode.
    case endOfParameters
    /// `--%` in argument mode.
    case stopParsing
    /// `>`, `>>`, `2>`, `*>>`...: a file target follows.
    case redirection(stream: Int, append: Bool)
    /// `2>&1`, `*>&1`.
    case redirectionMerge(from: Int, to: Int)
    /// `:name` at the start of a statement.
    case label(String)
    /// `<`, reserved by PowerShell.
    case lessThan
    /// A character that starts no token.
    case unknown
}
