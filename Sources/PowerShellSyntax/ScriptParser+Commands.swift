/// Pipelines, assignments, commands and their arguments (argument mode).
extension ScriptParser {
    // MARK: - Pipelines

    /// A pipeline, or an assignment whose target is the first expression.
    mutating func parsePipelineStatement() throws(ParseError) -> Statement {
        try lexer.skipTrivia()
        let start = lexer.position
        var elements: [PipelineElement] = []
        switch try parseFirstPipelineElement(start: start) {
        case .assignment(let statement):
            return statement
        case .element(let element):
            elements.append(element)
        }
        try parsePipelineTail(into: &elements)
        let pipelineSpan = span(from: start)
        return Statement(.pipeline(Pipeline(elements: elements, span: pipelineSpan)), span: pipelineSpan)
    }

    /// A pipeline where PowerShell expects one (conditions, `return`, `throw`...);
    /// an assignment there is kept as a parenthesized expression, whose value it has.
    mutating func parsePipeline() throws(ParseError) -> Pipeline {
        pipeline(of: try parsePipelineStatement())
    }

    func pipeline(of statement: Statement) -> Pipeline {
        if case .pipeline(let pipeline) = statement.kind { return pipeline }
        let expression = Expression(.parenthesized(statement), span: statement.span)
        return Pipeline(elements: [.expression(expression, redirections: [])], span: statement.span)
    }

    private enum FirstElement {
        case assignment(Statement)
        case element(PipelineElement)
    }

    private mutating func parseFirstPipelineElement(start: Int) throws(ParseError) -> FirstElement {
        guard let c = lexer.current else {
            throw error("EmptyPipeElement", "An empty pipe element is not allowed.", at: try peek(.expression))
        }
        if let invocation = invocationOperator(at: start) {
            return .element(.command(try parseCommand(invocation: invocation, start: start)))
        }
        if try startsCommandName(c, at: start) {
            return .element(.command(try parseCommand(invocation: .plain, start: start)))
        }
        let expression = try parseExpression()
        let token = try peek(.expression)
        if case .assignment(let op) = token.kind {
            try checkAssignable(expression)
            advance(past: token)
            try skipNewlines()
            let valueStart = try peek(.expression)
            if endsCommand(valueStart.kind) {
                throw errorAfterLastToken(
                    "ExpectedValueExpression",
                    "You must provide a value expression following the '\(text(token))' operator.", found: valueStart
                )
            }
            let value = try parseStatement()
            return .assignment(Statement(.assignment(target: expression, op: op, value: value), span: span(from: start)))
        }
        let redirections = try parseRedirections()
        return .element(.expression(expression, redirections: redirections))
    }

    /// `&` (call) or `.` followed by a blank or an expression (dot-source) at `index`.
    private func invocationOperator(at index: Int) -> CommandAst.Invocation? {
        guard let c = lexer.char(index) else { return nil }
        let next = lexer.char(index + 1)
        if c == "&", next != "&" { return .call }
        if c == "." {
            guard let next else { return .dotSource }
            if next.isBlank || next == "$" || next == "{" || next == "(" || next.isSingleQuote || next.isDoubleQuote {
                return .dotSource
            }
        }
        return nil
    }

    /// Whether a statement starting with `c` is a command (argument mode) rather than an expression.
    private mutating func startsCommandName(_ c: Unicode.Scalar, at index: Int) throws(ParseError) -> Bool {
        if c.isLetter || c == "_" { return true }
        if c.isDecimalDigit || c == "." {
            var probe = lexer
            if c == ".", let n = lexer.char(index + 1), !n.isDecimalDigit {
                return n != "."
            }
            return probe.scanNumber(at: index, mode: .expression) == nil
        }
        switch c {
        case "$", "(", "@", "[", "{", "!", ",", "+", "<", ">": return false
        case _ where c.isDash || c.isSingleQuote || c.isDoubleQuote: return false
        default:
            let token = try peek(.command)
            switch token.kind {
            case .word, .complexWord: return true
            default: return false
            }
        }
    }

    private mutating func parsePipelineTail(into elements: inout [PipelineElement]) throws(ParseError) {
        while true {
            try lexer.skipTrivia()
            guard let c = lexer.current else { return }
            if c == "|", lexer.char(lexer.position + 1) != "|" {
                let pipeStart = lexer.position
                lexer.position += 1
                lastTokenEnd = lexer.position
                try skipNewlines()
                elements.append(.command(try parseCommandAfterPipe(pipeStart: pipeStart)))
            } else if c.isNewline, let pipe = leadingPipeOnNextLine() {
                lexer.position = pipe
            } else {
                return
            }
        }
    }

    /// PowerShell 7: a line starting with `|` continues the pipeline (comment lines may come between,
    /// blank lines may not). Returns the index of that `|`.
    private func leadingPipeOnNextLine() -> Int? {
        var i = lexer.position
        while true {
            guard let c = lexer.char(i), c.isNewline else { return nil }
            i += 1
            if c == "\r", lexer.char(i) == "\n" { i += 1 }
            while let b = lexer.char(i), b.isBlank { i += 1 }
            guard let first = lexer.char(i) else { return nil }
            if first == "|" {
                return lexer.char(i + 1) == "|" ? nil : i
            }
            if first == "#" {
                while let x = lexer.char(i), !x.isNewline { i += 1 }
                continue
            }
            return nil
        }
    }

    private mutating func parseCommandAfterPipe(pipeStart: Int) throws(ParseError) -> CommandAst {
        let start = lexer.position
        if let invocation = invocationOperator(at: start) {
            return try parseCommand(invocation: invocation, start: start)
        }
        let token = try peek(.command)
        switch token.kind {
        case .word, .complexWord:
            return try parseCommand(invocation: .plain, start: start)
        case .endOfInput, .pipe, .semicolon, .rParen, .rCurly, .orOr, .andAnd, .newline:
            throw ParseError(
                errorId: "EmptyPipeElement", message: "An empty pipe element is not allowed.",
                span: span(pipeStart + 1, pipeStart + 1), isIncompleteInput: token.kind == .endOfInput
            )
        case .variable, .number, .verbatimString, .expandableStringStart, .lParen, .dollarParen, .atParen, .atCurly,
             .lCurly, .splat:
            throw ParseError(
                errorId: "ExpressionsMustBeFirstInPipeline",
                message: "Expressions are only allowed as the first element of a pipeline.",
                span: span(token.start, max(token.end, token.start + 1)), isIncompleteInput: false
            )
        default:
            throw unexpectedToken(token)
        }
    }

    /// Tokens that end a command's elements.
    func endsCommand(_ kind: TokenKind) -> Bool {
        switch kind {
        case .newline, .semicolon, .rParen, .rCurly, .endOfInput, .pipe, .andAnd, .orOr: return true
        default: return false
        }
    }

    // MARK: - Commands

    mutating func parseCommand(invocation: CommandAst.Invocation, start: Int) throws(ParseError) -> CommandAst {
        if invocation != .plain {
            lexer.position = start + 1
            lastTokenEnd = lexer.position
            try lexer.skipTrivia()
        }
        let nameToken = try peek(.command)
        let name: CommandAst.Name
        let nameStart = nameToken.start
        switch nameToken.kind {
        case .word(let word):
            advance(past: nameToken)
            name = .word(word)
        case _ where endsCommand(nameToken.kind):
            let shown = invocation == .call ? "&" : "."
            throw ParseError(
                errorId: "MissingExpression", message: "Missing expression after '\(shown)' in pipeline element.",
                span: span(lastTokenEnd, lastTokenEnd), isIncompleteInput: nameToken.kind == .endOfInput
            )
        default:
            let expression = try parseCommandArgumentPrimary()
            if invocation == .plain, case .stringConstant(let word, .bare) = expression.kind {
                name = .word(word)
            } else {
                name = .expression(expression)
            }
        }
        let nameSpan = span(nameStart, lastTokenEnd)
        var elements: [CommandElement] = []
        var redirections: [Redirection] = []
        var parametersEnded = false
        loop: while true {
            let token = try peek(.command)
            switch token.kind {
            case _ where endsCommand(token.kind):
                break loop
            case .ampersand:
                throw unexpectedToken(token)
            case .lessThan:
                throw error("RedirectionNotSupported", "The '<' operator is reserved for future use.", at: token)
            case .redirection, .redirectionMerge:
                redirections.append(try parseRedirection(token))
            case .splat(let variable):
                advance(past: token)
                if try peek(.command).kind == .comma {
                    throw error(
                        "SplattingNotPermittedInArgumentList",
                        "Splatted variables like '@\(variable.name)' cannot be part of a comma-separated list of arguments.",
                        at: token
                    )
                }
                elements.append(.splat(variable, span: span(token.start, token.end)))
            case .endOfParameters where !parametersEnded:
                advance(past: token)
                parametersEnded = true
                elements.append(.endOfParameters(span: span(token.start, token.end)))
            case .stopParsing:
                advance(past: token)
                elements.append(.argument(verbatimRestOfLine(), span: span(token.start, lastTokenEnd)))
            case .parameter(let parameterName, let colon) where !parametersEnded:
                advance(past: token)
                var argument: Expression?
                if colon {
                    try lexer.skipTrivia()
                    let next = try peek(.command)
                    if !endsCommand(next.kind) {
                        argument = try parseCommandArgument()
                    }
                }
                elements.append(.parameter(
                    name: parameterName, argument: argument, usedColon: colon, text: text(token),
                    span: span(token.start, lastTokenEnd)
                ))
            case .comma:
                advance(past: token)
                throw errorAfterLastToken("MissingArgument", "Missing argument in parameter list.", found: try peek(.command))
            default:
                let argumentStart = token.start
                let argument = try parseCommandArgument()
                elements.append(.argument(argument, span: span(argumentStart, lastTokenEnd)))
            }
        }
        return CommandAst(
            invocation: invocation, name: name, nameSpan: nameSpan, elements: elements,
            redirections: redirections, span: span(from: start)
        )
    }

    /// After `--%`: the rest of the line, verbatim.
    private mutating func verbatimRestOfLine() -> Expression {
        try? lexer.skipTrivia()
        let start = lexer.position
        while let c = lexer.current, !c.isNewline { lexer.position += 1 }
        var end = lexer.position
        while end > start, let c = lexer.char(end - 1), c.isBlank { end -= 1 }
        lastTokenEnd = max(lastTokenEnd, end)
        return Expression(.stringConstant(lexer.text(start, end), .bare), span: span(start, end))
    }

    /// One argument: a primary, or `a,b,c` which is one array argument.
    mutating func parseCommandArgument() throws(ParseError) -> Expression {
        try lexer.skipTrivia()
        let start = lexer.position
        let first = try parseCommandArgumentPrimary()
        var next = try peek(.command)
        guard next.kind == .comma else { return first }
        var items = [first]
        while next.kind == .comma {
            advance(past: next)
            try skipNewlines()
            let item = try peek(.command)
            if endsCommand(item.kind) || item.kind == .comma {
                throw errorAfterLastToken("MissingArgument", "Missing argument in parameter list.", found: item)
            }
            if case .splat(let variable) = item.kind {
                throw error(
                    "SplattingNotPermittedInArgumentList",
                    "Splatted variables like '@\(variable.name)' cannot be part of a comma-separated list of arguments.", at: item
                )
            }
            items.append(try parseCommandArgumentPrimary())
            next = try peek(.command)
        }
        return Expression(.arrayLiteral(items), span: span(from: start))
    }

    /// A single argument-mode value: bare word, number, variable (with adjacent member access and
    /// indexing), string, `( )`, `$( )`, `@( )`, `@{ }`, `{ }`.
    mutating func parseCommandArgumentPrimary() throws(ParseError) -> Expression {
        try lexer.skipTrivia()
        let token = try peek(.command)
        let start = token.start
        switch token.kind {
        case .word(let word):
            advance(past: token)
            return Expression(.stringConstant(word, .bare), span: span(token.start, token.end))
        case .complexWord:
            return try parseComplexWord()
        case .number(let number):
            advance(past: token)
            return Expression(.number(number), span: span(token.start, token.end))
        case .parameter, .endOfParameters, .stopParsing:
            // A parameter-looking word after `--` or as a value: plain text.
            advance(past: token)
            return Expression(.stringConstant(text(token), .bare), span: span(token.start, token.end))
        case .variable, .verbatimString, .expandableStringStart, .lParen, .dollarParen, .atParen, .atCurly, .lCurly:
            let primary = try parsePrimary(token)
            return try parsePostfix(primary, start: start, argumentMode: true)
        case .splat(let variable):
            throw error(
                "SplattingNotPermittedInArgumentList",
                "Splatted variables like '@\(variable.name)' cannot be part of a comma-separated list of arguments.", at: token
            )
        case .endOfInput:
            throw error("MissingArgument", "Missing argument in parameter list.", at: token)
        default:
            throw unexpectedToken(token)
        }
    }

    // MARK: - Redirections

    mutating func parseRedirections() throws(ParseError) -> [Redirection] {
        var redirections: [Redirection] = []
        while true {
            let token = try peek(.command)
            switch token.kind {
            case .redirection, .redirectionMerge:
                redirections.append(try parseRedirection(token))
            default:
                return redirections
            }
        }
    }

    private mutating func parseRedirection(_ token: Token) throws(ParseError) -> Redirection {
        advance(past: token)
        switch token.kind {
        case .redirectionMerge(let from, let to):
            return Redirection(stream: from, append: false, target: .stream(to), span: span(token.start, token.end))
        case .redirection(let stream, let append):
            try lexer.skipTrivia()
            let next = try peek(.command)
            switch next.kind {
            case _ where endsCommand(next.kind), .redirection, .redirectionMerge, .comma:
                throw errorAfterLastToken(
                    "MissingFileSpecification", "Missing file specification after redirection operator.", found: next
                )
            default:
                break
            }
            let target = try parseCommandArgumentPrimary()
            return Redirection(stream: stream, append: append, target: .file(target), span: span(from: token.start))
        default:
            throw unexpectedToken(token)
        }
    }
}
