/// Script blocks, `param( )` blocks, attributes, named blocks and function definitions.
extension ScriptParser {
    /// The body of a script (`open` is nil) or of `{ ... }` (`open` is the `{`, already consumed;
    /// the closing `}` is consumed here).
    mutating func parseScriptBlockBody(start: Int, closedBy open: Token?) throws(ParseError) -> ScriptBlockAst {
        try enter(at: start)
        defer { leave() }
        let closer: Closer = open == nil ? .endOfInput : .curly
        var block = try parseBlockHeader(start: start)
        try skipSeparators()
        if try atNamedBlock() {
            try parseNamedBlocks(into: &block, closer: closer)
        } else {
            block.endBlock = try parseStatementList(closedBy: closer)
        }
        if let open {
            try expectClosingCurly(open: open)
        } else if !lexer.atEnd {
            throw unexpectedToken(tokenForError())
        }
        block.span = open == nil ? span(0, lexer.source.count) : span(from: start)
        return block
    }

    /// The attributes and `param( )` block that may open a script or a script block; the rest is left
    /// for the caller (the statements, or named blocks).
    mutating func parseBlockHeader(start: Int) throws(ParseError) -> ScriptBlockAst {
        try skipSeparators()
        var attributes: [AttributeAst] = []
        var parameters: [ParameterAst]?
        let beforeAttributes = lexer.position
        let savedLast = lastTokenEnd
        let savedErrors = collectedErrors.count
        if lexer.current == "[" {
            do {
                attributes = try parseAttributes()
                try skipSeparators()
            } catch {
                attributes = []
            }
            if attributes.isEmpty || !atWord("param") {
                // Not attributes of a param block: a cast or type literal starting the first statement.
                lexer.position = beforeAttributes
                lastTokenEnd = savedLast
                collectedErrors.removeLast(collectedErrors.count - savedErrors)
                attributes = []
            }
        }
        if atWord("param") {
            let paramToken = try peek(.command)
            let resume = lexer.position
            advance(past: paramToken)
            try skipNewlines()
            if lexer.current == "(" {
                let open = lexer.position
                lexer.position += 1
                lastTokenEnd = lexer.position
                parameters = try parseParameterList(open: open)
            } else {
                lexer.position = resume
            }
        }
        return ScriptBlockAst(attributes: attributes, parameters: parameters, endBlock: [], span: span(start, start))
    }

    /// Whether the next token is the bare word `word` (case-insensitive).
    mutating func atWord(_ word: String) -> Bool {
        guard let c = lexer.current, c.isLetter else { return false }
        guard let token = try? peek(.command), case .word(let found) = token.kind else { return false }
        return found.lowercased() == word
    }

    private static let blockNames: Set<String> = ["begin", "process", "end", "dynamicparam", "clean"]

    /// `begin`, `process`, `end`... followed by `{`.
    mutating func atNamedBlock() throws(ParseError) -> Bool {
        guard let c = lexer.current, c.isLetter else { return false }
        let token = try peek(.command)
        guard case .word(let word) = token.kind, ScriptParser.blockNames.contains(word.lowercased()) else { return false }
        let saved = lexer.position
        defer { lexer.position = saved }
        lexer.position = token.end
        try skipNewlines()
        return lexer.current == "{"
    }

    mutating func parseNamedBlocks(into block: inout ScriptBlockAst, closer: Closer) throws(ParseError) {
        var sawEnd = false
        while true {
            try skipSeparators()
            guard let c = lexer.current else { return }
            if closer == .curly, c == "}" { return }
            let token = try peek(.command)
            guard case .word(let word) = token.kind, ScriptParser.blockNames.contains(word.lowercased()) else {
                throw error(
                    "MissingNamedBlocks",
                    "unexpected token '\(ScriptParser.shortened(text(token)))', expected 'begin', 'process', 'end', or 'dynamicparam'.",
                    at: token
                )
            }
            advance(past: token)
            try skipNewlines()
            let name = word.lowercased()
            let body = try parseStatementBlock(
                missingId: "MissingNamedStatementBlock", missingMessage: "Missing statement block after '\(word)'."
            )
            let duplicate: Bool
            switch name {
            case "begin":
                duplicate = block.beginBlock != nil
                block.beginBlock = body
            case "process":
                duplicate = block.processBlock != nil
                block.processBlock = body
            case "end":
                duplicate = sawEnd
                sawEnd = true
                block.endBlock = body
            default:
                // dynamicparam / clean: parsed and not kept.
                duplicate = false
            }
            if duplicate {
                throw error("DuplicateScriptCommandClause", "Script command clause '\(word)' has already been defined.", at: token)
            }
        }
    }

    // MARK: - Attributes and parameters

    /// `[Name(args)]` and `[Type]` in sequence, with newlines between them.
    private mutating func parseAttributes() throws(ParseError) -> [AttributeAst] {
        var attributes: [AttributeAst] = []
        while lexer.current == "[" {
            guard let attribute = try parseAttributeOrType() else { break }
            switch attribute {
            case .attribute(let value): attributes.append(value)
            case .type(let name, let span): attributes.append(AttributeAst(name: name, positionalArguments: [], namedArguments: [], span: span))
            }
            try skipNewlines()
        }
        return attributes
    }

    enum AttributeOrType {
        case attribute(AttributeAst)
        case type(String, SourceSpan)
    }

    /// At `[`: `[Name(args)]` is an attribute, `[Name]` a type constraint.
    private mutating func parseAttributeOrType() throws(ParseError) -> AttributeOrType? {
        let start = lexer.position
        lexer.position += 1
        lastTokenEnd = lexer.position
        while let c = lexer.current, c.isBlank { lexer.position += 1 }
        let nameStart = lexer.position
        while let c = lexer.current, c.isLetter || c.isDecimalDigit || c == "_" || c == "." { lexer.position += 1 }
        let name = lexer.text(nameStart, lexer.position)
        if lexer.current == "(", !name.isEmpty {
            lexer.position += 1
            lastTokenEnd = lexer.position
            let (positional, named) = try parseAttributeArguments()
            while let c = lexer.current, c.isBlank { lexer.position += 1 }
            guard lexer.current == "]" else {
                throw ParseError(
                    errorId: "EndSquareBracketExpectedAtEndOfAttribute", message: "Missing ] at end of attribute or type literal.",
                    span: span(lastTokenEnd, lastTokenEnd), isIncompleteInput: lexer.atEnd
                )
            }
            lexer.position += 1
            lastTokenEnd = lexer.position
            return .attribute(AttributeAst(
                name: name, positionalArguments: positional, namedArguments: named, span: span(from: start)
            ))
        }
        lexer.position = start
        let typeName = try parseTypeNameInBrackets()
        return .type(typeName, span(from: start))
    }

    private mutating func parseAttributeArguments() throws(ParseError) -> ([Expression], [NamedAttributeArgument]) {
        let saved = commaDisabled
        commaDisabled = true
        defer { commaDisabled = saved }
        var positional: [Expression] = []
        var named: [NamedAttributeArgument] = []
        try skipNewlines()
        if lexer.current == ")" {
            lexer.position += 1
            lastTokenEnd = lexer.position
            return (positional, named)
        }
        while true {
            try skipNewlines()
            let token = try peek(.expression)
            if case .word(let word) = token.kind {
                advance(past: token)
                try skipNewlines()
                let equals = try peek(.expression)
                if equals.kind == .assignment(.assign) {
                    advance(past: equals)
                    try skipNewlines()
                    named.append(NamedAttributeArgument(name: word, value: try parseExpression()))
                } else {
                    named.append(NamedAttributeArgument(name: word, value: nil))
                }
            } else if canStartExpression(token.kind) {
                positional.append(try parseExpression())
            } else {
                throw errorAfterLastToken("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", found: token)
            }
            try skipNewlines()
            if lexer.current == "," {
                lexer.position += 1
                lastTokenEnd = lexer.position
                continue
            }
            if lexer.current == ")" {
                lexer.position += 1
                lastTokenEnd = lexer.position
                return (positional, named)
            }
            throw errorAfterLastToken("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", found: try peek(.expression))
        }
    }

    /// The parameters after `param(` or `function f(`; consumes the `)`.
    mutating func parseParameterList(open: Int) throws(ParseError) -> [ParameterAst] {
        var parameters: [ParameterAst] = []
        try skipNewlines()
        if lexer.current == ")" {
            lexer.position += 1
            lastTokenEnd = lexer.position
            return parameters
        }
        while true {
            try skipNewlines()
            let start = lexer.position
            var attributes: [AttributeAst] = []
            var typeName: String?
            while lexer.current == "[" {
                switch try parseAttributeOrType() {
                case .attribute(let attribute): attributes.append(attribute)
                case .type(let name, _): typeName = name
                case nil: break
                }
                try skipNewlines()
            }
            let token = try peek(.expression)
            guard case .variable(let variable) = token.kind else {
                if token.kind == .endOfInput {
                    throw errorAfterLastToken(
                        "MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", found: token
                    )
                }
                throw error(
                    "InvalidFunctionParameter",
                    "Parameter declarations are a comma-separated list of variable names with optional initializer expressions.",
                    at: token
                )
            }
            advance(past: token)
            try lexer.skipTrivia()
            var defaultValue: Expression?
            let equals = try peek(.expression)
            if equals.kind == .assignment(.assign) {
                advance(past: equals)
                try skipNewlines()
                let saved = commaDisabled
                commaDisabled = true
                defer { commaDisabled = saved }
                let valueStart = try peek(.expression)
                guard canStartExpression(valueStart.kind) else {
                    throw errorAfterLastToken(
                        "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", found: valueStart
                    )
                }
                defaultValue = try parseExpression()
            }
            let name = variable.scope.map { "\($0):\(variable.name)" } ?? variable.name
            parameters.append(ParameterAst(
                name: name, typeName: typeName, attributes: attributes, defaultValue: defaultValue, span: span(from: start)
            ))
            try skipNewlines()
            if lexer.current == "," {
                lexer.position += 1
                lastTokenEnd = lexer.position
                continue
            }
            if lexer.current == ")" {
                lexer.position += 1
                lastTokenEnd = lexer.position
                return parameters
            }
            throw errorAfterLastToken(
                "MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", found: try peek(.expression)
            )
        }
    }

    // MARK: - Functions

    mutating func parseFunction(isFilter: Bool, start: Int) throws(ParseError) -> FunctionDefinition {
        let keyword = isFilter ? "filter" : "function"
        try lexer.skipTrivia()
        let nameToken = try peek(.command)
        let name: String
        switch nameToken.kind {
        case .word(let word):
            name = word
        case .verbatimString(let value, _):
            name = value
        case .parameter(let parameterName, _):
            name = "-" + parameterName
        default:
            throw errorAfterLastToken("MissingNameAfterKeyword", "Missing name after \(keyword) keyword.", found: nameToken)
        }
        advance(past: nameToken)
        try skipNewlines()
        var parameters: [ParameterAst]?
        if lexer.current == "(" {
            let open = lexer.position
            lexer.position += 1
            lastTokenEnd = lexer.position
            parameters = try parseParameterList(open: open)
            try skipNewlines()
        }
        let open = try peek(.expression)
        guard open.kind == .lCurly else {
            throw errorAfterLastToken("MissingFunctionBody", "Missing function body in function declaration.", found: open)
        }
        advance(past: open)
        var body = try parseScriptBlockBody(start: open.start, closedBy: open)
        if let parameters {
            if body.parameters != nil {
                throw ParseError(
                    errorId: "OnlyOneParameterListAllowed",
                    message: "The param statement cannot be used if arguments were specified in the function declaration.",
                    span: body.span, isIncompleteInput: false
                )
            }
            body.parameters = parameters
        }
        return FunctionDefinition(name: name, isFilter: isFilter, body: body)
    }
}
