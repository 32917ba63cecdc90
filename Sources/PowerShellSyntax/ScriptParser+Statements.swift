/// Statements: lists, keywords, loops, conditionals, flow control.
extension ScriptParser {
    enum Closer {
        case endOfInput
        case curly
        case paren
    }

    /// Statements separated by newlines and `;`, up to (not including) the closer.
    mutating func parseStatementList(closedBy closer: Closer) throws(ParseError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            try skipSeparators()
            guard let c = lexer.current else { return statements }
            if isCloser(c, closer) { return statements }
            let statement: Statement
            do {
                statement = try parseStatement()
            } catch {
                guard recover(from: error, closer: closer) else { throw error }
                continue
            }
            statements.append(statement)
            try lexer.skipTrivia()
            guard let t = lexer.current else { return statements }
            if t.isNewline || t == ";" { continue }
            if isCloser(t, closer) { return statements }
            // A statement that ends with its block needs no separator before the next one
            // (`trap { ... } "next"`, `if ($x) { } else { } $y`): Parser.cs StatementListRule checks none.
            if statement.kind.endsWithBlock { continue }
            let error = unexpectedToken(tokenForError())
            guard recover(from: error, closer: closer) else { throw error }
        }
    }

    private func isCloser(_ c: Unicode.Scalar, _ closer: Closer) -> Bool {
        switch closer {
        case .endOfInput: return false
        case .curly: return c == "}"
        case .paren: return c == ")"
        }
    }

    /// A token at the current position for an error message, whatever the mode.
    mutating func tokenForError() -> Token {
        if let token = try? peek(.expression), token.kind != .complexWord { return token }
        let start = lexer.position
        return Token(kind: .unknown, start: start, end: start)
    }

    enum Keyword: String {
        case `if`, `switch`, `foreach`, `for`, `while`, `do`, `try`, `trap`, `function`, `filter`
        case `break`, `continue`, `return`, `exit`, `throw`
        case `else`, `elseif`, `catch`, `finally`, `until`
        case data, `class`, `enum`, configuration, using, workflow
    }

    mutating func parseStatement() throws(ParseError) -> Statement {
        try enter(at: lexer.position)
        defer { leave() }
        try lexer.skipTrivia()
        let start = lexer.position
        guard let c = lexer.current else {
            throw error("EmptyStatement", "An empty statement is not allowed.", at: Token(kind: .endOfInput, start: start, end: start))
        }
        if c == "}" || c == ")" {
            throw unexpectedToken(tokenForError())
        }
        if c == "|", lexer.char(start + 1) != "|" {
            throw ParseError(
                errorId: "EmptyPipeElement", message: "An empty pipe element is not allowed.",
                span: span(start, start + 1), isIncompleteInput: false
            )
        }
        if c == ":", let n = lexer.char(start + 1), n.isLetter || n.isDecimalDigit || n == "_" {
            var end = start + 1
            while let l = lexer.char(end), l.isLetter || l.isDecimalDigit || l == "_" { end += 1 }
            let label = lexer.text(start + 1, end)
            lexer.position = end
            lastTokenEnd = end
            try skipNewlines()
            let token = try peek(.command)
            if case .word(let word) = token.kind, let keyword = Keyword(rawValue: word.lowercased()) {
                return try parseKeywordStatement(keyword, token: token, label: label, start: start)
            }
            return try parsePipelineStatement()
        }
        if c.isLetter {
            let token = try peek(.command)
            // Keywords are short and have no `-`: most command names are ruled out without lowercasing them.
            if case .word(let word) = token.kind, word.utf8.count <= 13, !word.utf8.contains(UInt8(ascii: "-")),
               let keyword = Keyword(rawValue: word.lowercased()) {
                return try parseKeywordStatement(keyword, token: token, label: nil, start: start)
            }
        }
        return try parsePipelineStatement()
    }

    private mutating func parseKeywordStatement(
        _ keyword: Keyword, token: Token, label: String?, start: Int
    ) throws(ParseError) -> Statement {
        advance(past: token)
        let kind: StatementKind
        switch keyword {
        case .if: kind = try parseIf(keywordToken: token)
        case .while: kind = try parseWhile(keywordToken: token, label: label)
        case .do: kind = try parseDo(label: label)
        case .for: kind = try parseFor(label: label)
        case .foreach: kind = try parseForeach(label: label)
        case .switch: kind = .switchStatement(try parseSwitch(label: label, start: start))
        case .try: kind = try parseTry()
        case .trap: kind = try parseTrap()
        case .function, .filter: kind = .functionDefinition(try parseFunction(isFilter: keyword == .filter, start: start))
        case .break: kind = .breakStatement(label: try parseFlowLabel())
        case .continue: kind = .continueStatement(label: try parseFlowLabel())
        case .return: kind = .returnStatement(try parseOptionalPipeline())
        case .exit: kind = .exitStatement(try parseOptionalPipeline())
        case .throw: kind = .throwStatement(try parseOptionalPipeline())
        case .else, .elseif, .catch, .finally, .until:
            throw unexpectedToken(token)
        case .workflow:
            throw error("WorkflowNotSupportedInPowerShellCore", "Workflow is not supported in PowerShell 6+.", at: token)
        case .data, .class, .enum, .configuration, .using:
            throw error(
                "ReservedKeywordNotAllowed",
                "The '\(text(token))' keyword is not supported in this version of the language.", at: token
            )
        }
        return Statement(kind, span: span(from: start))
    }

    // MARK: - Blocks

    /// `{ statements }`; when the `{` is missing, throws `missingId`/`missingMessage` after the last token.
    mutating func parseStatementBlock(missingId: String, missingMessage: String) throws(ParseError) -> [Statement] {
        let open = try peek(.expression)
        guard open.kind == .lCurly else {
            throw errorAfterLastToken(missingId, missingMessage, found: open)
        }
        advance(past: open)
        let body = try parseStatementList(closedBy: .curly)
        try expectClosingCurly(open: open)
        return body
    }

    mutating func expectClosingCurly(open: Token) throws(ParseError) {
        let close = try peek(.expression)
        guard close.kind == .rCurly else {
            throw ParseError(
                errorId: "MissingEndCurlyBrace",
                message: "Missing closing '}' in statement block or type definition.",
                span: span(open.start, open.end),
                isIncompleteInput: close.kind == .endOfInput
            )
        }
        advance(past: close)
    }

    /// Looks past newlines for one of `words`; consumes it when found, else leaves the position unchanged.
    mutating func takeFollowingKeyword(_ words: Set<String>) throws(ParseError) -> Token? {
        let saved = lexer.position
        try skipNewlines()
        if let c = lexer.current, c.isLetter {
            let token = try peek(.command)
            if case .word(let word) = token.kind, words.contains(word.lowercased()) {
                advance(past: token)
                return token
            }
        }
        lexer.position = saved
        return nil
    }

    // MARK: - Conditions

    /// `( pipeline )` after a keyword; the errors name the keyword.
    private mutating func parseParenthesizedCondition(
        keyword: String, missingOpen: (id: String, message: String), missingCondition: (id: String, message: String)
    ) throws(ParseError) -> Pipeline {
        try skipNewlines()
        let open = try peek(.expression)
        guard open.kind == .lParen else {
            throw errorAfterLastToken(missingOpen.id, missingOpen.message, found: open)
        }
        advance(past: open)
        try skipNewlines()
        let first = try peek(.expression)
        if first.kind == .rParen || first.kind == .endOfInput {
            throw errorAfterLastToken(missingCondition.id, missingCondition.message, found: first)
        }
        let condition = try parsePipeline()
        try skipNewlines()
        let close = try peek(.expression)
        guard close.kind == .rParen else {
            throw errorAfterLastToken(
                "MissingEndParenthesisAfterStatement",
                "Missing closing ')' after expression in '\(keyword)' statement.", found: close
            )
        }
        advance(past: close)
        return condition
    }

    private mutating func parseIf(keywordToken: Token) throws(ParseError) -> StatementKind {
        var clauses: [ConditionalClause] = []
        var keyword = text(keywordToken)
        while true {
            let condition = try parseParenthesizedCondition(
                keyword: keyword,
                missingOpen: ("MissingOpenParenthesisInIfStatement", "Missing '(' after '\(keyword)' in if statement."),
                missingCondition: ("IfStatementMissingCondition", "Missing condition in if statement after '\(keyword) ('.")
            )
            try skipNewlines()
            let body = try parseStatementBlock(
                missingId: "MissingStatementBlock", missingMessage: "Missing statement block after \(keyword) ( condition )."
            )
            clauses.append(ConditionalClause(condition: condition, body: body))
            guard let next = try takeFollowingKeyword(["elseif", "else"]) else {
                return .ifStatement(clauses: clauses, elseBody: nil)
            }
            if text(next).lowercased() == "else" {
                try skipNewlines()
                let elseBody = try parseStatementBlock(
                    missingId: "MissingStatementBlockAfterElse", missingMessage: "Missing statement block after 'else' keyword."
                )
                return .ifStatement(clauses: clauses, elseBody: elseBody)
            }
            keyword = text(next)
        }
    }

    private mutating func parseLoopCondition(keyword: String) throws(ParseError) -> Pipeline {
        try parseParenthesizedCondition(
            keyword: keyword,
            missingOpen: ("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword '\(keyword)'."),
            missingCondition: ("MissingExpressionAfterKeyword", "Missing expression after '\(keyword)' in loop.")
        )
    }

    private mutating func parseLoopBody(keyword: String) throws(ParseError) -> [Statement] {
        try skipNewlines()
        return try parseStatementBlock(
            missingId: "MissingLoopStatement", missingMessage: "Missing statement body in \(keyword) loop."
        )
    }

    private mutating func parseWhile(keywordToken: Token, label: String?) throws(ParseError) -> StatementKind {
        let keyword = text(keywordToken).lowercased()
        let condition = try parseLoopCondition(keyword: keyword)
        let body = try parseLoopBody(keyword: keyword)
        return .whileLoop(label: label, condition: condition, body: body)
    }

    private mutating func parseDo(label: String?) throws(ParseError) -> StatementKind {
        let body = try parseLoopBody(keyword: "do")
        guard let keywordToken = try takeFollowingKeyword(["while", "until"]) else {
            throw errorAfterLastToken(
                "MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", found: try peekAfterNewlines()
            )
        }
        let keyword = text(keywordToken).lowercased()
        let condition = try parseLoopCondition(keyword: keyword)
        if keyword == "while" {
            return .doWhileLoop(label: label, body: body, condition: condition)
        }
        return .doUntilLoop(label: label, body: body, condition: condition)
    }

    /// The next significant token, looking past newlines, without consuming anything.
    mutating func peekAfterNewlines() throws(ParseError) -> Token {
        let saved = lexer.position
        try skipNewlines()
        let token = try peek(.expression)
        lexer.position = saved
        return token
    }

    private mutating func parseFor(label: String?) throws(ParseError) -> StatementKind {
        try skipNewlines()
        let open = try peek(.expression)
        guard open.kind == .lParen else {
            throw errorAfterLastToken(
                "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.", found: open
            )
        }
        advance(past: open)
        let initializer = try parseForPart()
        var condition: Pipeline?
        if let statement = try parseForPart() {
            condition = pipeline(of: statement)
        }
        let iterator = try parseForPart()
        try skipNewlines()
        let close = try peek(.expression)
        guard close.kind == .rParen else {
            throw errorAfterLastToken(
                "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'for' statement.", found: close
            )
        }
        advance(past: close)
        let body = try parseLoopBody(keyword: "for")
        return .forLoop(label: label, initializer: initializer, condition: condition, iterator: iterator, body: body)
    }

    /// One of the three parts of `for ( ; ; )`, with the `;` or newline after it.
    private mutating func parseForPart() throws(ParseError) -> Statement? {
        try skipNewlines()
        var statement: Statement?
        if let c = lexer.current, c != ";", c != ")" {
            statement = try parsePipelineStatement()
        }
        try lexer.skipTrivia()
        if lexer.current == ";" {
            lexer.position += 1
            lastTokenEnd = lexer.position
        }
        return statement
    }

    private mutating func parseForeach(label: String?) throws(ParseError) -> StatementKind {
        let correctForm = "\nThe correct form is: foreach ($a in $b) {...}"
        try skipNewlines()
        let open = try peek(.expression)
        guard open.kind == .lParen else {
            throw errorAfterLastToken(
                "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.", found: open
            )
        }
        advance(past: open)
        try skipNewlines()
        let variableToken = try peek(.expression)
        guard case .variable(let variable) = variableToken.kind else {
            throw errorAfterLastToken(
                "MissingVariableNameAfterForeach", "Missing variable name after foreach." + correctForm, found: variableToken
            )
        }
        advance(past: variableToken)
        try skipNewlines()
        let inToken = try peek(.command)
        guard case .word(let word) = inToken.kind, word.lowercased() == "in" else {
            throw errorAfterLastToken("MissingInInForeach", "Missing 'in' after variable in foreach loop." + correctForm, found: inToken)
        }
        advance(past: inToken)
        try skipNewlines()
        let first = try peek(.expression)
        if first.kind == .rParen || first.kind == .endOfInput {
            throw errorAfterLastToken("MissingForeachExpression", "Missing expression in foreach loop." + correctForm, found: first)
        }
        let collection = try parsePipeline()
        try skipNewlines()
        let close = try peek(.expression)
        guard close.kind == .rParen else {
            throw errorAfterLastToken(
                "MissingEndParenthesisAfterForeach",
                "Missing closing ')' after expression part of foreach loop." + correctForm, found: close
            )
        }
        advance(past: close)
        try skipNewlines()
        let body = try parseStatementBlock(
            missingId: "MissingForeachStatement", missingMessage: "Missing statement body in foreach loop." + correctForm
        )
        return .foreachLoop(label: label, variable: variable, collection: collection, body: body)
    }

    // MARK: - switch

    private mutating func parseSwitch(label: String?, start: Int) throws(ParseError) -> SwitchStatement {
        var statement = SwitchStatement(
            label: label, isRegex: false, isWildcard: false, isExact: false, isCaseSensitive: false, isFile: false,
            subject: Pipeline(elements: [], span: span(start, start)), clauses: [], defaultBody: nil
        )
        var subject: Pipeline?
        while true {
            try lexer.skipTrivia()
            let token = try peek(.command)
            guard case .parameter(let name, _) = token.kind else { break }
            advance(past: token)
            let flag = name.lowercased()
            func matches(_ full: String) -> Bool { !flag.isEmpty && full.hasPrefix(flag) }
            // -Regex, -Wildcard and -Exact exclude each other; the last one written wins (about_Switch).
            if matches("regex") {
                (statement.isRegex, statement.isWildcard, statement.isExact) = (true, false, false)
            } else if matches("wildcard") {
                (statement.isRegex, statement.isWildcard, statement.isExact) = (false, true, false)
            } else if matches("exact") {
                (statement.isRegex, statement.isWildcard, statement.isExact) = (false, false, true)
            } else if matches("casesensitive") {
                statement.isCaseSensitive = true
            } else if matches("file") {
                statement.isFile = true
                try lexer.skipTrivia()
                let fileToken = try peek(.command)
                if endsCommand(fileToken.kind) || fileToken.kind == .lCurly {
                    throw errorAfterLastToken(
                        "MissingFilenameOption",
                        "Cannot process the 'switch' statement because of a missing file name argument to the -file option.",
                        found: fileToken
                    )
                }
                let fileStart = fileToken.start
                let file = try parseCommandArgumentPrimary()
                subject = Pipeline(elements: [.expression(file, redirections: [])], span: span(from: fileStart))
            } else {
                throw error("InvalidSwitchFlag", "The parameter \(text(token)) is not valid for the switch statement.", at: token)
            }
        }
        if subject == nil {
            try skipNewlines()
            let open = try peek(.expression)
            guard open.kind == .lParen else {
                throw errorAfterLastToken(
                    "PipelineValueRequired",
                    "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", found: open
                )
            }
            advance(past: open)
            try skipNewlines()
            let first = try peek(.expression)
            if first.kind == .rParen || first.kind == .endOfInput {
                throw errorAfterLastToken("MissingSwitchValueExpression", "Missing expression after '(' in switch statement.", found: first)
            }
            subject = try parsePipeline()
            try skipNewlines()
            let close = try peek(.expression)
            guard close.kind == .rParen else {
                throw errorAfterLastToken(
                    "MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.", found: close
                )
            }
            advance(past: close)
        }
        if let subject { statement.subject = subject }
        try skipNewlines()
        let open = try peek(.expression)
        guard open.kind == .lCurly else {
            throw errorAfterLastToken("MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", found: open)
        }
        advance(past: open)
        while true {
            try skipSeparators()
            let token = try peek(.command)
            if token.kind == .rCurly {
                advance(past: token)
                return statement
            }
            if token.kind == .endOfInput {
                try expectClosingCurly(open: open)
            }
            if case .word(let word) = token.kind, word.lowercased() == "default" {
                advance(past: token)
                if statement.defaultBody != nil {
                    throw error("MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", at: token)
                }
                try skipNewlines()
                statement.defaultBody = try parseStatementBlock(
                    missingId: "MissingSwitchStatementClause", missingMessage: "Missing statement block in switch statement clause."
                )
                continue
            }
            let pattern = try parseSwitchPattern(token)
            try skipNewlines()
            let body = try parseStatementBlock(
                missingId: "MissingSwitchStatementClause", missingMessage: "Missing statement block in switch statement clause."
            )
            statement.clauses.append(SwitchClause(pattern: pattern, body: body))
        }
    }

    private mutating func parseSwitchPattern(_ token: Token) throws(ParseError) -> Expression {
        switch token.kind {
        case .parameter(let name, let colon):
            advance(past: token)
            let written = "-" + name + (colon ? ":" : "")
            return Expression(.stringConstant(written, .bare), span: span(token.start, token.end))
        case .endOfParameters:
            advance(past: token)
            return Expression(.stringConstant("--", .bare), span: span(token.start, token.end))
        default:
            return try parseCommandArgumentPrimary()
        }
    }

    // MARK: - try / trap

    private mutating func parseTry() throws(ParseError) -> StatementKind {
        try skipNewlines()
        let body = try parseStatementBlock(
            missingId: "MissingTryStatementBlock", missingMessage: "The Try statement is missing its statement block."
        )
        var catches: [CatchClause] = []
        var finallyBody: [Statement]?
        while let keyword = try takeFollowingKeyword(["catch", "finally"]) {
            if text(keyword).lowercased() == "finally" {
                try skipNewlines()
                finallyBody = try parseStatementBlock(
                    missingId: "MissingFinallyStatementBlock", missingMessage: "The Finally block is missing its statement block."
                )
                break
            }
            var typeNames: [String] = []
            while true {
                try lexer.skipTrivia()
                guard lexer.current == "[" else { break }
                typeNames.append(try parseTypeNameInBrackets())
                try lexer.skipTrivia()
                if lexer.current == "," {
                    lexer.position += 1
                    lastTokenEnd = lexer.position
                    try skipNewlines()
                    continue
                }
                break
            }
            try skipNewlines()
            let handler = try parseStatementBlock(
                missingId: "MissingCatchHandlerBlock", missingMessage: "The Catch block is missing its statement block."
            )
            catches.append(CatchClause(typeNames: typeNames, body: handler))
        }
        if catches.isEmpty && finallyBody == nil {
            throw errorAfterLastToken(
                "MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", found: try peekAfterNewlines()
            )
        }
        return .tryStatement(body: body, catches: catches, finally: finallyBody)
    }

    private mutating func parseTrap() throws(ParseError) -> StatementKind {
        try lexer.skipTrivia()
        var typeNames: [String] = []
        if lexer.current == "[" {
            typeNames.append(try parseTypeNameInBrackets())
        }
        try skipNewlines()
        let body = try parseStatementBlock(
            missingId: "MissingTrapStatement", missingMessage: "The 'trap' statement was incomplete. A trap statement requires a body."
        )
        return .trap(typeNames: typeNames, body: body)
    }

    // MARK: - Flow control

    private mutating func parseFlowLabel() throws(ParseError) -> String? {
        try lexer.skipTrivia()
        guard let c = lexer.current, !c.isNewline, c != ";", c != "}", c != ")" else { return nil }
        let token = try peek(.command)
        switch token.kind {
        case .word(let word):
            advance(past: token)
            return word.hasPrefix(":") ? String(word.dropFirst()) : word
        case .verbatimString(let value, _):
            advance(past: token)
            return value
        default:
            return nil
        }
    }

    /// The pipeline after `return`, `exit` or `throw`, if any on the same line.
    private mutating func parseOptionalPipeline() throws(ParseError) -> Pipeline? {
        try lexer.skipTrivia()
        guard let c = lexer.current, !c.isNewline, c != ";", c != "}", c != ")" else { return nil }
        return try parsePipeline()
    }
}
