/// Expressions (expression mode), with PowerShell's operator precedence.
extension ScriptParser {
    // MARK: - Operators

    /// PowerShell's binary precedence values (TokenFlags): higher binds tighter.
    enum Precedence {
        static let logical = 1
        static let bitwise = 2
        static let comparison = 5
        static let coalesce = 7
        static let additive = 9
        static let multiplicative = 10
        static let format = 12
        static let range = 13
    }

    func binaryOperator(_ kind: TokenKind) -> (BinaryOperator, Int)? {
        switch kind {
        case .plus: return (.add, Precedence.additive)
        case .minus: return (.subtract, Precedence.additive)
        case .star: return (.multiply, Precedence.multiplicative)
        case .slash: return (.divide, Precedence.multiplicative)
        case .percent: return (.remainder, Precedence.multiplicative)
        case .dotDot: return (.range, Precedence.range)
        case .questionQuestion: return (.nullCoalesce, Precedence.coalesce)
        case .dashOperator(let name): return ScriptParser.dashBinaryOperator(name)
        default: return nil
        }
    }

    static func dashBinaryOperator(_ name: String) -> (BinaryOperator, Int)? {
        switch name {
        case "f": return (.format, Precedence.format)
        case "and": return (.and, Precedence.logical)
        case "or": return (.or, Precedence.logical)
        case "xor": return (.xor, Precedence.logical)
        case "band": return (.bitwiseAnd, Precedence.bitwise)
        case "bor": return (.bitwiseOr, Precedence.bitwise)
        case "bxor": return (.bitwiseXor, Precedence.bitwise)
        case "shl": return (.shiftLeft, Precedence.comparison)
        case "shr": return (.shiftRight, Precedence.comparison)
        case "join": return (.join, Precedence.comparison)
        case "is": return (.isType, Precedence.comparison)
        case "isnot": return (.isNotType, Precedence.comparison)
        case "as": return (.asType, Precedence.comparison)
        default: break
        }
        if let op = ComparisonOperator(rawValue: name) {
            return (.comparison(op, .default), Precedence.comparison)
        }
        if let first = name.first, first == "i" || first == "c",
           let op = ComparisonOperator(rawValue: String(name.dropFirst())) {
            return (.comparison(op, first == "i" ? .insensitive : .sensitive), Precedence.comparison)
        }
        return nil
    }

    func unaryOperator(_ kind: TokenKind) -> UnaryOperator? {
        switch kind {
        case .exclaim: return .bang
        case .minus: return .negate
        case .plus: return .plus
        case .plusPlus: return .preIncrement
        case .minusMinus: return .preDecrement
        case .comma: return .comma
        case .dashOperator("not"): return .not
        case .dashOperator("bnot"): return .bitwiseNot
        case .dashOperator("split"): return .split
        case .dashOperator("join"): return .join
        default: return nil
        }
    }

    /// Whether `kind` can begin an operand.
    func canStartExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .variable, .number, .verbatimString, .expandableStringStart, .lParen, .dollarParen, .atParen, .atCurly,
             .lCurly, .lBracket, .splat:
            return true
        default:
            return unaryOperator(kind) != nil
        }
    }

    // MARK: - Levels

    /// Ternary level: `condition ? a : b`.
    mutating func parseExpression() throws(ParseError) -> Expression {
        try enter(at: lexer.position)
        defer { leave() }
        try lexer.skipTrivia()
        let start = lexer.position
        let condition = try parseBinary(minimum: Precedence.logical)
        let question = try peek(.expression)
        guard question.kind == .questionMark else { return condition }
        advance(past: question)
        try skipNewlines()
        try requireOperand(after: question)
        let ifTrue = try parseExpression()
        try skipNewlines()
        let colon = try peek(.expression)
        guard colon.kind == .colon else {
            throw errorAfterLastToken(
                "MissingColonInTernaryExpression", "Missing ':' in ternary expression.", found: colon
            )
        }
        advance(past: colon)
        try skipNewlines()
        try requireOperand(after: colon)
        let ifFalse = try parseExpression()
        return Expression(.ternary(condition: condition, ifTrue: ifTrue, ifFalse: ifFalse), span: span(from: start))
    }

    /// `You must provide a value expression following the 'op' operator.` unless an operand follows.
    private mutating func requireOperand(after op: Token) throws(ParseError) {
        let next = try peek(.expression)
        if !canStartExpression(next.kind) {
            throw errorAfterLastToken(
                "ExpectedValueExpression", "You must provide a value expression following the '\(text(op))' operator.",
                found: next
            )
        }
    }

    /// Binary operators by precedence climbing; operands are array literals.
    private mutating func parseBinary(minimum: Int) throws(ParseError) -> Expression {
        let start = lexer.position
        var left = try parseArrayLiteral()
        // Each operator nests the tree one level deeper (and its teardown recurses): count it as nesting.
        var chain = 0
        defer { depth -= chain }
        while true {
            let token = try peek(.expression)
            guard let (op, precedence) = binaryOperator(token.kind), precedence >= minimum else { return left }
            try enter(at: token.start)
            chain += 1
            advance(past: token)
            try skipNewlines()
            try requireOperand(after: token)
            let right = try parseBinary(minimum: precedence + 1)
            left = Expression(.binary(op, left, right), span: span(from: start))
        }
    }

    /// `a, b, c` (unless commas are separators here).
    private mutating func parseArrayLiteral() throws(ParseError) -> Expression {
        let start = lexer.position
        let first = try parseUnary()
        if commaDisabled { return first }
        var token = try peek(.expression)
        guard token.kind == .comma else { return first }
        var items = [first]
        while token.kind == .comma {
            advance(past: token)
            try skipNewlines()
            let next = try peek(.expression)
            if next.kind == .comma || !canStartExpression(next.kind) {
                throw errorAfterLastToken("MissingExpressionAfterToken", "Missing expression after ','.", found: next)
            }
            items.append(try parseUnary())
            token = try peek(.expression)
        }
        return Expression(.arrayLiteral(items), span: span(from: start))
    }

    mutating func parseUnary() throws(ParseError) -> Expression {
        try enter(at: lexer.position)
        defer { leave() }
        let token = try peek(.expression)
        let start = token.start
        if token.kind == .lBracket {
            return try parseTypeOrCast(start: start)
        }
        guard let op = unaryOperator(token.kind) else {
            guard canStartExpression(token.kind) else {
                if token.kind == .endOfInput {
                    throw errorAfterLastToken("ExpectedExpression", "An expression was expected.", found: token)
                }
                throw unexpectedToken(token)
            }
            let primary = try parsePrimary(token)
            return try parsePostfix(primary, start: start, argumentMode: false)
        }
        advance(past: token)
        try skipNewlines()
        let next = try peek(.expression)
        guard canStartExpression(next.kind) else {
            throw errorAfterLastToken(
                "MissingExpressionAfterOperator", "Missing expression after unary operator '\(text(token))'.", found: next
            )
        }
        if op == .negate || op == .plus, next.start == token.end, case .number(let number) = next.kind {
            advance(past: next)
            let folded = try parsePostfix(
                Expression(.number(op == .negate ? number.negated : number), span: span(start, next.end)),
                start: start, argumentMode: false
            )
            return folded
        }
        let operand = try parseUnary()
        if op == .preIncrement || op == .preDecrement {
            try checkIncrementable(operand, op: text(token))
        }
        return Expression(.unary(op, operand), span: span(from: start))
    }

    /// `[type]` alone (a type literal, maybe followed by `::Member`) or `[type] operand` (a cast).
    private mutating func parseTypeOrCast(start: Int) throws(ParseError) -> Expression {
        lexer.position = start
        let typeName = try parseTypeNameInBrackets()
        if lexer.current == ":" && lexer.char(lexer.position + 1) == ":" || lexer.current == "." {
            let literal = Expression(.typeLiteral(typeName), span: span(from: start))
            return try parsePostfix(literal, start: start, argumentMode: false)
        }
        let next = try peek(.expression)
        let castable: Bool
        switch next.kind {
        case .comma, .lCurly: castable = false
        default: castable = canStartExpression(next.kind)
        }
        if castable {
            let operand = try parseUnary()
            return Expression(.convert(typeName: typeName, operand: operand), span: span(from: start))
        }
        let literal = Expression(.typeLiteral(typeName), span: span(from: start))
        return try parsePostfix(literal, start: start, argumentMode: false)
    }

    // MARK: - Primary

    /// The expression starting at `token` (peeked, not consumed), without postfix operators.
    mutating func parsePrimary(_ token: Token) throws(ParseError) -> Expression {
        let start = token.start
        switch token.kind {
        case .variable(let path):
            advance(past: token)
            return Expression(.variable(path), span: span(token.start, token.end))
        case .number(let number):
            advance(past: token)
            return Expression(.number(number), span: span(token.start, token.end))
        case .verbatimString(let value, let quoting):
            advance(past: token)
            return Expression(.stringConstant(value, quoting), span: span(token.start, token.end))
        case .expandableStringStart(let quoting):
            advance(past: token)
            return try parseExpandableString(quoting: quoting, start: start)
        case .lParen:
            advance(past: token)
            return try parseParenthesized(start: start)
        case .dollarParen, .atParen:
            advance(past: token)
            let statements = try withCommasEnabled { (parser: inout ScriptParser) throws(ParseError) in
                try parser.parseStatementList(closedBy: .paren)
            }
            let close = try peek(.expression)
            guard close.kind == .rParen else {
                throw errorAfterLastToken(
                    "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", found: close
                )
            }
            advance(past: close)
            let kind: ExpressionKind = token.kind == .dollarParen ? .subexpression(statements) : .arraySubexpression(statements)
            return Expression(kind, span: span(from: start))
        case .atCurly:
            advance(past: token)
            return try parseHashtable(start: start)
        case .lCurly:
            advance(past: token)
            let block = try withCommasEnabled { (parser: inout ScriptParser) throws(ParseError) in
                try parser.parseScriptBlockBody(start: start, closedBy: token)
            }
            return Expression(.scriptBlock(block), span: block.span)
        case .splat(let variable):
            throw error(
                "SplattingNotPermitted",
                "The splatting operator '@' cannot be used to reference variables in an expression. '@\(variable.name)' can be used only as an argument to a command. To reference variables in an expression use '$\(variable.name)'.",
                at: token
            )
        default:
            throw unexpectedToken(token)
        }
    }

    mutating func withCommasEnabled<T>(
        _ body: (inout ScriptParser) throws(ParseError) -> T
    ) throws(ParseError) -> T {
        let saved = commaDisabled
        commaDisabled = false
        defer { commaDisabled = saved }
        return try body(&self)
    }

    private mutating func parseParenthesized(start: Int) throws(ParseError) -> Expression {
        try skipNewlines()
        let first = try peek(.expression)
        if first.kind == .rParen {
            throw error("ExpectedExpression", "An expression was expected after '('.", at: first)
        }
        if first.kind == .endOfInput {
            throw errorAfterLastToken("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", found: first)
        }
        let statement = try withCommasEnabled { (parser: inout ScriptParser) throws(ParseError) in
            try parser.parseStatement()
        }
        try skipNewlines()
        let close = try peek(.expression)
        guard close.kind == .rParen else {
            throw errorAfterLastToken("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", found: close)
        }
        advance(past: close)
        return Expression(.parenthesized(statement), span: span(from: start))
    }

    // MARK: - Hashtables

    private mutating func parseHashtable(start: Int) throws(ParseError) -> Expression {
        let saved = commaDisabled
        commaDisabled = false
        defer { commaDisabled = saved }
        var entries: [HashtableEntry] = []
        while true {
            try skipSeparators()
            let token = try peek(.expression)
            if token.kind == .rCurly {
                advance(past: token)
                return Expression(.hashtable(entries), span: span(from: start))
            }
            if token.kind == .endOfInput {
                throw errorAfterLastToken("IncompleteHashLiteral", "The hash literal was incomplete.", found: token)
            }
            let key = try parseHashKey()
            try lexer.skipTrivia()
            let equals = try peek(.expression)
            guard equals.kind == .assignment(.assign) else {
                throw errorAfterLastToken("MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", found: equals)
            }
            advance(past: equals)
            try skipNewlines()
            let valueStart = try peek(.expression)
            if endsCommand(valueStart.kind) {
                throw errorAfterLastToken("MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.", found: valueStart)
            }
            let value = try parseStatement()
            entries.append(HashtableEntry(key: key, value: value))
            try lexer.skipTrivia()
            guard let c = lexer.current else {
                throw errorAfterLastToken("IncompleteHashLiteral", "The hash literal was incomplete.", found: try peek(.expression))
            }
            if c.isNewline || c == ";" || c == "}" { continue }
            throw unexpectedToken(tokenForError())
        }
    }

    /// A key: a bare word, a number, or any unary expression (`'a b'`, `$k`, `(1 + 1)`).
    private mutating func parseHashKey() throws(ParseError) -> Expression {
        try lexer.skipTrivia()
        let start = lexer.position
        guard let c = lexer.current else { return try parseUnary() }
        if c.isLetter || c == "_" || c.isDecimalDigit {
            if c.isDecimalDigit, let number = lexer.scanNumber(at: start, mode: .expression) {
                lastTokenEnd = lexer.position
                return Expression(.number(number), span: span(start, lexer.position))
            }
            var end = start
            while let l = lexer.char(end), l.isLetter || l.isDecimalDigit || l == "_" || l == "-" || l == "." { end += 1 }
            lexer.position = end
            lastTokenEnd = end
            return Expression(.stringConstant(lexer.text(start, end), .bare), span: span(start, end))
        }
        return try parseUnary()
    }

    // MARK: - Postfix

    /// Member access, method calls, indexing and `++`/`--` written directly after `expression`.
    mutating func parsePostfix(_ expression: Expression, start: Int, argumentMode: Bool) throws(ParseError) -> Expression {
        var result = expression
        var chain = 0
        defer { depth -= chain }
        while let c = lexer.current {
            let next = lexer.char(lexer.position + 1)
            if c == "." || c == ":" || c == "[" || c == "+" || c.isDash {
                try enter(at: lexer.position)
                chain += 1
            }
            if c == ".", next != "." {
                if argumentMode, next == nil || next!.endsArgument { return result }
                lexer.position += 1
                lastTokenEnd = lexer.position
                result = try parseMemberAccess(on: result, isStatic: false, start: start)
            } else if c == ":", next == ":" {
                lexer.position += 2
                lastTokenEnd = lexer.position
                result = try parseMemberAccess(on: result, isStatic: true, start: start)
            } else if c == "[" {
                lexer.position += 1
                lastTokenEnd = lexer.position
                result = try parseIndex(on: result, start: start)
            } else if !argumentMode, (c == "+" && next == "+") || (c.isDash && (next?.isDash ?? false)) {
                try checkIncrementable(result, op: c == "+" ? "++" : "--")
                lexer.position += 2
                lastTokenEnd = lexer.position
                result = Expression(.unary(c == "+" ? .postIncrement : .postDecrement, result), span: span(from: start))
            } else {
                return result
            }
        }
        return result
    }

    private mutating func parseMemberAccess(on target: Expression, isStatic: Bool, start: Int) throws(ParseError) -> Expression {
        let member = try parseMemberName()
        if lexer.current == "(" {
            lexer.position += 1
            lastTokenEnd = lexer.position
            let arguments = try parseMethodArguments()
            return Expression(
                .invokeMember(target: target, member: member, arguments: arguments, isStatic: isStatic),
                span: span(from: start)
            )
        }
        return Expression(.member(target: target, member: member, isStatic: isStatic), span: span(from: start))
    }

    private mutating func parseMemberName() throws(ParseError) -> MemberName {
        let start = lexer.position
        guard let c = lexer.current else {
            throw ParseError(
                errorId: "MissingPropertyName", message: "Missing property name after reference operator.",
                span: span(start, start), isIncompleteInput: true
            )
        }
        if c.isLetter || c == "_" || c.isDecimalDigit {
            var end = start
            while let l = lexer.char(end), l.isLetter || l.isDecimalDigit || l == "_" { end += 1 }
            lexer.position = end
            lastTokenEnd = end
            return .name(lexer.text(start, end))
        }
        if c.isSingleQuote || c.isDoubleQuote || c == "$" || c == "(" {
            let token = try peek(.expression)
            let expression = try parsePrimary(token)
            if case .stringConstant(let value, _) = expression.kind {
                return .name(value)
            }
            return .expression(expression)
        }
        throw ParseError(
            errorId: "MissingPropertyName", message: "Missing property name after reference operator.",
            span: span(start, start), isIncompleteInput: false
        )
    }

    private mutating func parseMethodArguments() throws(ParseError) -> [Expression] {
        let saved = commaDisabled
        commaDisabled = true
        defer { commaDisabled = saved }
        var arguments: [Expression] = []
        try skipNewlines()
        if lexer.current == ")" {
            lexer.position += 1
            lastTokenEnd = lexer.position
            return arguments
        }
        while true {
            let token = try peek(.expression)
            guard canStartExpression(token.kind) else {
                throw errorAfterLastToken("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", found: token)
            }
            arguments.append(try parseExpression())
            try skipNewlines()
            if lexer.current == "," {
                lexer.position += 1
                lastTokenEnd = lexer.position
                try skipNewlines()
                continue
            }
            if lexer.current == ")" {
                lexer.position += 1
                lastTokenEnd = lexer.position
                return arguments
            }
            throw errorAfterLastToken("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", found: try peek(.expression))
        }
    }

    private mutating func parseIndex(on target: Expression, start: Int) throws(ParseError) -> Expression {
        let index = try withCommasEnabled { (parser: inout ScriptParser) throws(ParseError) -> Expression in
            try parser.skipNewlines()
            let first = try parser.peek(.expression)
            if first.kind == .rBracket {
                throw parser.error("MissingArrayIndexExpression", "Array index expression is missing or not valid.", at: first)
            }
            if first.kind == .endOfInput {
                throw parser.errorAfterLastToken("MissingEndSquareBracket", "Missing ']' after array index expression.", found: first)
            }
            return try parser.parseExpression()
        }
        try skipNewlines()
        let close = try peek(.expression)
        guard close.kind == .rBracket else {
            throw errorAfterLastToken("MissingEndSquareBracket", "Missing ']' after array index expression.", found: close)
        }
        advance(past: close)
        return Expression(.index(target: target, index: index), span: span(from: start))
    }

    // MARK: - Assignability

    func checkAssignable(_ expression: Expression) throws(ParseError) {
        guard isAssignable(expression) else {
            throw ParseError(
                errorId: "InvalidLeftHandSide",
                message: "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                span: expression.span, isIncompleteInput: false
            )
        }
    }

    private func isAssignable(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .variable, .member, .index: return true
        case .convert(_, let operand): return isAssignable(operand)
        case .arrayLiteral(let items): return items.allSatisfy { isAssignable($0) }
        default: return false
        }
    }

    private func checkIncrementable(_ expression: Expression, op: String) throws(ParseError) {
        switch expression.kind {
        case .variable, .member, .index: return
        default:
            throw ParseError(
                errorId: "OperatorRequiresVariableOrProperty",
                message: "The '\(op)' operator works only on variables or on properties.",
                span: expression.span, isIncompleteInput: false
            )
        }
    }

    // MARK: - Type names

    /// `[TypeName]` at the current position (which is the `[`); returns the name as written.
    mutating func parseTypeNameInBrackets() throws(ParseError) -> String {
        let open = lexer.position
        lexer.position += 1
        lastTokenEnd = lexer.position
        let name = try scanTypeName()
        while let c = lexer.current, c.isBlank { lexer.position += 1 }
        if name.isEmpty {
            throw ParseError(
                errorId: "MissingTypename", message: "Missing type name after '['.",
                span: span(open + 1, open + 1), isIncompleteInput: lexer.atEnd
            )
        }
        guard lexer.current == "]" else {
            throw ParseError(
                errorId: "EndSquareBracketExpectedAtEndOfAttribute", message: "Missing ] at end of attribute or type literal.",
                span: span(lastTokenEnd, lastTokenEnd), isIncompleteInput: lexer.atEnd
            )
        }
        lexer.position += 1
        lastTokenEnd = lexer.position
        return name
    }

    /// A type name with generic arguments and array ranks: `System.Collections.Generic.List[string]`, `int[]`.
    private mutating func scanTypeName() throws(ParseError) -> String {
        try enter(at: lexer.position)
        defer { leave() }
        while let c = lexer.current, c.isBlank { lexer.position += 1 }
        let start = lexer.position
        while let c = lexer.current, c.isLetter || c.isDecimalDigit || c == "_" || c == "." || c == "`" || c == "+" {
            lexer.position += 1
        }
        guard lexer.position > start else { return "" }
        lastTokenEnd = lexer.position
        var result = lexer.text(start, lexer.position)
        while lexer.current == "[" {
            let saved = lexer.position
            lexer.position += 1
            while let c = lexer.current, c.isBlank { lexer.position += 1 }
            if lexer.current == "]" || lexer.current == "," {
                var rank = "["
                while let c = lexer.current, c == "," || c.isBlank {
                    if c == "," { rank += "," }
                    lexer.position += 1
                }
                guard lexer.current == "]" else {
                    lexer.position = saved
                    return result
                }
                lexer.position += 1
                lastTokenEnd = lexer.position
                result += rank + "]"
                continue
            }
            var arguments: [String] = []
            while true {
                while let c = lexer.current, c.isBlank { lexer.position += 1 }
                var argument: String
                if lexer.current == "[" {
                    lexer.position += 1
                    argument = try scanTypeName()
                    while let c = lexer.current, c.isBlank { lexer.position += 1 }
                    guard lexer.current == "]" else {
                        lexer.position = saved
                        return result
                    }
                    lexer.position += 1
                } else {
                    argument = try scanTypeName()
                }
                guard !argument.isEmpty else {
                    lexer.position = saved
                    return result
                }
                arguments.append(argument)
                while let c = lexer.current, c.isBlank { lexer.position += 1 }
                if lexer.current == "," {
                    lexer.position += 1
                    continue
                }
                if lexer.current == "]" {
                    lexer.position += 1
                    lastTokenEnd = lexer.position
                    break
                }
                lexer.position = saved
                return result
            }
            result += "[" + arguments.joined(separator: ",") + "]"
        }
        return result
    }
}
