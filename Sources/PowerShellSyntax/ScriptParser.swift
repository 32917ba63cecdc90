/// The recursive-descent parser behind ``Parser``: token access, errors and nesting limits.
/// The grammar lives in the extensions (statements, expressions, commands, strings, script blocks).
struct ScriptParser {
    var lexer: Lexer
    /// Nesting depth of statements and expressions, bounded so that hostile input cannot overflow the stack.
    var depth = 0
    static let maximumDepth = 1000
    /// Inside method arguments, parameter defaults and attribute arguments `,` separates, it does not build arrays.
    var commaDisabled = false
    /// End of the last token consumed, for errors reported "after" it.
    var lastTokenEnd = 0
    /// The token last peeked, at `peekedPosition` in `peekedMode` (plain fields: an optional tuple is copied
    /// through generic value witnesses, and `peek` runs several times per token).
    private var peekedPosition = -1
    private var peekedMode = Lexer.Mode.expression
    private var peekedToken = Token(kind: .endOfInput, start: 0, end: 0)
    /// Text before this position has been given back (``SourceText/release(_:_:)``) by this parser.
    var releasedUpTo = 0
    /// Errors of statements already passed: parsing goes on after each, and all are reported at the end.
    var collectedErrors: [ParseError] = []
    /// Where the last recovery left off, so that a statement failing again where it started makes progress.
    private var lastRecovery = -1

    init(source: String) {
        self.lexer = Lexer(source: SourceText(source))
    }

    init(text: SourceText) {
        self.lexer = Lexer(source: text)
    }

    // MARK: - Tokens

    mutating func peek(_ mode: Lexer.Mode) throws(ParseError) -> Token {
        if peekedPosition == lexer.position, peekedMode == mode {
            return peekedToken
        }
        let saved = lexer.position
        let token = try lexer.next(mode)
        lexer.position = saved
        peekedPosition = saved
        peekedMode = mode
        peekedToken = token
        return token
    }

    /// Moves past `token`, which must come from `peek` at the current position.
    mutating func advance(past token: Token) {
        lexer.position = token.end
        if token.end > token.start { lastTokenEnd = token.end }
    }

    mutating func next(_ mode: Lexer.Mode) throws(ParseError) -> Token {
        let token = try peek(mode)
        advance(past: token)
        return token
    }

    mutating func skipNewlines() throws(ParseError) {
        try lexer.skipTriviaAndNewlines()
    }

    /// Skips newlines and `;`.
    mutating func skipSeparators() throws(ParseError) {
        while true {
            try lexer.skipTriviaAndNewlines()
            if lexer.current == ";" { lexer.position += 1 } else { return }
        }
    }

    func text(_ token: Token) -> String { lexer.text(token.start, token.end) }

    func span(_ start: Int, _ end: Int) -> SourceSpan { lexer.span(start, end) }

    func span(from start: Int) -> SourceSpan { lexer.span(start, max(start, lastTokenEnd)) }

    // MARK: - Errors

    /// An error at `token`; incomplete when the token is the end of the input.
    func error(_ id: String, _ message: String, at token: Token) -> ParseError {
        ParseError(
            errorId: id, message: message, span: span(token.start, token.end),
            isIncompleteInput: token.kind == .endOfInput
        )
    }

    /// An error just after the last consumed token, because of `found`.
    func errorAfterLastToken(_ id: String, _ message: String, found: Token) -> ParseError {
        ParseError(
            errorId: id, message: message, span: span(lastTokenEnd, lastTokenEnd),
            isIncompleteInput: found.kind == .endOfInput
        )
    }

    /// `Unexpected token 'X' in expression or statement.` for whatever starts at `token`.
    mutating func unexpectedToken(_ token: Token) -> ParseError {
        var end = token.end
        if end <= token.start {
            end = token.start
            while let c = lexer.char(end), !c.endsArgument || end == token.start { end += 1 }
        }
        let shown = ScriptParser.shortened(lexer.text(token.start, end))
        return ParseError(
            errorId: "UnexpectedToken",
            message: "Unexpected token '\(shown)' in expression or statement.",
            span: span(token.start, end),
            isIncompleteInput: false
        )
    }

    /// PowerShell shows at most 30 characters of a long token in its messages.
    static func shortened(_ text: String) -> String {
        text.count > 30 ? String(text.prefix(30)) + "..." : text
    }

    // MARK: - Nesting

    mutating func enter(at position: Int) throws(ParseError) {
        depth += 1
        if depth > ScriptParser.maximumDepth {
            throw ParseError(
                errorId: "ScriptTooDeeplyNested",
                message: "The script is nested too deeply to be parsed; its statements, expressions or blocks are nested more than \(ScriptParser.maximumDepth) levels.",
                span: span(position, position),
                isIncompleteInput: false
            )
        }
    }

    mutating func leave() { depth -= 1 }

    // MARK: - Entry

    mutating func parseScript() throws(ParseError) -> ScriptBlockAst {
        var block: ScriptBlockAst
        do {
            block = try parseScriptBlockBody(start: 0, closedBy: nil)
        } catch {
            throw combined(with: error)
        }
        if !collectedErrors.isEmpty { throw combined(with: nil) }
        block.requires = lexer.requires.sorted { $0.key < $1.key }.map(\.value)
        return block
    }

    // MARK: - Recovery

    /// Records the error of a statement and moves past the rest of it (to the next newline or `;` outside
    /// brackets, or to the list's closer), so that the next statement is parsed and its errors found too, as
    /// PowerShell's parser does; false when parsing cannot go on (the input ended, nesting too deep).
    mutating func recover(from error: ParseError, closer: Closer) -> Bool {
        guard !error.isIncompleteInput, error.errorId != "ScriptTooDeeplyNested", collectedErrors.count < 100 else { return false }
        if collectedErrors.last?.span != error.span { collectedErrors.append(error) }
        if lexer.position <= lastRecovery, !lexer.atEnd { lexer.position = lastRecovery + 1 }
        var depth = 0
        while let c = lexer.current {
            switch c {
            case "\n", "\r", ";":
                if depth == 0 { lastRecovery = lexer.position; return true }
            case "(", "{", "[":
                depth += 1
            case ")", "}", "]":
                if depth == 0 {
                    let closes = (closer == .curly && c == "}") || (closer == .paren && c == ")")
                    if closes { lastRecovery = lexer.position; return true }
                } else {
                    depth -= 1
                }
            case "'", "\"":
                lexer.position += 1
                while let inner = lexer.current, inner != c {
                    if c == "\"", inner == "`" { lexer.position += 1 }
                    lexer.position += 1
                }
            case "`":
                lexer.position += 1
            case "#":
                while let inner = lexer.current, !inner.isNewline { lexer.position += 1 }
                continue
            default:
                break
            }
            if !lexer.atEnd { lexer.position += 1 }
        }
        lastRecovery = lexer.position
        return true
    }

    /// The first error with the others after it: the ones collected, then `last` (the error that stopped parsing).
    func combined(with last: ParseError?) -> ParseError {
        var errors = collectedErrors
        if let last { errors.append(last) }
        guard var head = errors.first else { return ParseError(errorId: "ParserFailed", message: "The parser did not run.", span: .unknown) }
        // The first error decides whether more input could complete the text (AutomationEngine.cs ParseScript).
        head.following = Array(errors.dropFirst())
        return head
    }
}
