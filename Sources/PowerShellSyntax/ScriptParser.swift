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
        var block = try parseScriptBlockBody(start: 0, closedBy: nil)
        block.requires = lexer.requires.sorted { $0.key < $1.key }.map(\.value)
        return block
    }
}
