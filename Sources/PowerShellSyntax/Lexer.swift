/// Scans tokens from a ``SourceText`` on demand.
///
/// PowerShell tokenizes differently in expression mode and in argument (command) mode,
/// so the parser asks for the mode it is in; the lexer keeps only a cursor and is cheap to copy
/// (backtracking is restoring `position`).
struct Lexer {
    let source: SourceText
    /// The text's bytes when it is ASCII (scalar `i` is byte `i`), read directly on the hot path.
    private let asciiBytes: UnsafePointer<UInt8>?
    /// Where this lexer last asked for a line number (spans are asked for in nearly increasing order).
    let lineCursor = LineCursor()
    /// Next scalar to read.
    var position: Int
    /// One past the last scalar the lexer may read.
    var limit: Int
    /// `#Requires` lines seen, keyed by position so that re-scanning after backtracking adds nothing twice.
    var requires: [Int: String] = [:]

    init(source: SourceText) {
        self.source = source
        self.asciiBytes = source.asciiBytes
        self.position = 0
        self.limit = source.count
    }

    enum Mode {
        case expression
        case command
    }

    // MARK: - Characters

    @inline(__always)
    func char(_ index: Int) -> Unicode.Scalar? {
        guard index < limit && index >= 0 else { return nil }
        if let asciiBytes { return Unicode.Scalar(asciiBytes[index]) }
        return source.scalar(at: index)
    }

    @inline(__always)
    var current: Unicode.Scalar? { char(position) }

    var atEnd: Bool { position >= limit }

    func text(_ start: Int, _ end: Int) -> String { source.text(start, end) }

    func span(_ start: Int, _ end: Int) -> SourceSpan { source.span(start, end, cursor: lineCursor) }

    // MARK: - Whitespace and comments

    /// Skips blanks, comments and backtick line continuations; stops at a newline.
    mutating func skipTrivia() throws(ParseError) {
        while let c = current {
            if c.isBlank {
                position += 1
            } else if c == "`" {
                let next = char(position + 1)
                if next == "\n" || next == "\r" {
                    position += 2
                    if next == "\r", current == "\n" { position += 1 }
                } else if next == nil, position + 1 >= limit {
                    throw ParseError(
                        errorId: "IncompleteLineContinuation",
                        message: "Missing the text that continues the line after the backtick (`).",
                        span: span(position, position + 1),
                        isIncompleteInput: true
                    )
                } else {
                    return
                }
            } else if c == "#" {
                skipLineComment()
            } else if c == "<", char(position + 1) == "#" {
                try skipBlockComment()
            } else {
                return
            }
        }
    }

    mutating func skipLineComment() {
        let start = position
        while let c = current, !c.isNewline { position += 1 }
        // `#Requires -Version 7`: keep the text after `#`.
        if position - start > 9 {
            let body = text(start + 1, position)
            if body.lowercased().hasPrefix("requires"),
               let after = body.unicodeScalars.dropFirst(8).first, after.isBlank {
                requires[start] = body
            }
        }
    }

    mutating func skipBlockComment() throws(ParseError) {
        let start = position
        position += 2
        while let c = current {
            if c == "#", char(position + 1) == ">" {
                position += 2
                return
            }
            position += 1
        }
        throw ParseError(
            errorId: "MissingTerminatorMultiLineComment",
            message: "The terminator '#>' is missing from the multiline comment.",
            span: span(start, position),
            isIncompleteInput: true
        )
    }

    /// Skips trivia and newlines.
    mutating func skipTriviaAndNewlines() throws(ParseError) {
        while true {
            try skipTrivia()
            if let c = current, c.isNewline { position += 1 } else { return }
        }
    }

    // MARK: - Tokens

    mutating func next(_ mode: Mode) throws(ParseError) -> Token {
        try skipTrivia()
        let start = position
        guard let c = current else { return Token(kind: .endOfInput, start: start, end: start) }
        let kind = try scan(c, mode: mode, start: start)
        return Token(kind: kind, start: start, end: position)
    }

    /// Scans the token starting with `c` at `start`; `position` ends after it.
    private mutating func scan(_ c: Unicode.Scalar, mode: Mode, start: Int) throws(ParseError) -> TokenKind {
        let n1 = char(start + 1)
        switch c {
        case "\n":
            position += 1
            return .newline
        case "\r":
            position += 1
            if current == "\n" { position += 1 }
            return .newline
        case ";": position += 1; return .semicolon
        case "(": position += 1; return .lParen
        case ")": position += 1; return .rParen
        case "{": position += 1; return .lCurly
        case "}": position += 1; return .rCurly
        case ",": position += 1; return .comma
        case "|":
            position += 1
            if current == "|" { position += 1; return .orOr }
            return .pipe
        case "&":
            position += 1
            if current == "&" { position += 1; return .andAnd }
            return .ampersand
        case "$":
            return try scanDollar(mode: mode, start: start)
        case "@":
            return try scanAt(mode: mode, start: start)
        case _ where c.isSingleQuote:
            let value = try scanSingleQuoted(start: start)
            if mode == .command, let next = current, !next.endsArgument {
                position = start
                return scanComplexWordExtent()
            }
            return .verbatimString(value, .singleQuoted)
        case _ where c.isDoubleQuote:
            position += 1
            return .expandableStringStart(.doubleQuoted)
        case ">":
            position += 1
            return scanRedirection(stream: 1, start: start)
        case "<":
            position += 1
            return .lessThan
        default:
            break
        }
        if (c == "*" || ("1"..."6").contains(c)), n1 == ">" {
            position += 2
            return scanRedirection(stream: c == "*" ? 0 : Int(c.value - 48), start: start)
        }
        switch mode {
        case .expression: return try scanExpressionToken(c, start: start)
        case .command: return try scanCommandToken(c, start: start)
        }
    }

    private mutating func scanRedirection(stream: Int, start: Int) -> TokenKind {
        if current == ">" {
            position += 1
            return .redirection(stream: stream, append: true)
        }
        if current == "&", let target = char(position + 1), ("1"..."2").contains(target) {
            position += 2
            return .redirectionMerge(from: stream, to: Int(target.value - 48))
        }
        return .redirection(stream: stream, append: false)
    }

    private mutating func scanAt(mode: Mode, start: Int) throws(ParseError) -> TokenKind {
        position += 1
        guard let c = current else { return .unknown }
        if c == "(" { position += 1; return .atParen }
        if c == "{" { position += 1; return .atCurly }
        if c.isSingleQuote || c.isDoubleQuote {
            if hereStringHeaderEnds(at: position + 1) {
                if c.isSingleQuote {
                    return .verbatimString(try scanSingleHereString(start: start), .hereStringSingle)
                }
                position += 1
                return .expandableStringStart(.hereStringDouble)
            }
            position += 1
            throw ParseError(
                errorId: "UnexpectedCharactersAfterHereStringHeader",
                message: "No characters are allowed after a here-string header but before the end of the line.",
                span: span(position, position + 1),
                isIncompleteInput: false
            )
        }
        if c.isVariableNameCharacter {
            let nameStart = position
            while let n = current, n.isVariableNameCharacter { position += 1 }
            return .splat(VariablePath(scope: nil, name: text(nameStart, position)))
        }
        return .unknown
    }

    /// True when only blanks follow `index` up to the end of the line (or input).
    func hereStringHeaderEnds(at index: Int) -> Bool {
        var i = index
        while let c = char(i), c.isBlank { i += 1 }
        guard let c = char(i) else { return true }
        return c.isNewline
    }

    // MARK: - Expression mode

    private mutating func scanExpressionToken(_ c: Unicode.Scalar, start: Int) throws(ParseError) -> TokenKind {
        let n1 = char(start + 1)
        switch c {
        case "[": position += 1; return .lBracket
        case "]": position += 1; return .rBracket
        case "=": position += 1; return .assignment(.assign)
        case "!": position += 1; return .exclaim
        case "+":
            position += 1
            if current == "+" { position += 1; return .plusPlus }
            if current == "=" { position += 1; return .assignment(.add) }
            return .plus
        case "*":
            position += 1
            if current == "=" { position += 1; return .assignment(.multiply) }
            return .star
        case "/":
            position += 1
            if current == "=" { position += 1; return .assignment(.divide) }
            return .slash
        case "%":
            position += 1
            if current == "=" { position += 1; return .assignment(.remainder) }
            return .percent
        case ":":
            position += 1
            if current == ":" { position += 1; return .doubleColon }
            return .colon
        case "?":
            position += 1
            if current == "?" {
                position += 1
                if current == "=" { position += 1; return .assignment(.nullCoalesce) }
                return .questionQuestion
            }
            return .questionMark
        case ".":
            if n1 == "." { position += 2; return .dotDot }
            if let n1, n1.isDecimalDigit, let number = scanNumber(at: start, mode: .expression) {
                return .number(number)
            }
            position += 1
            return .dot
        case _ where c.isDash:
            if n1 == "-" || (n1?.isDash ?? false) { position += 2; return .minusMinus }
            if n1 == "=" { position += 2; return .assignment(.subtract) }
            if let n1, n1.isLetter {
                position += 1
                let nameStart = position
                while let l = current, l.isLetter { position += 1 }
                return .dashOperator(text(nameStart, position).lowercased())
            }
            position += 1
            return .minus
        case _ where c.isDecimalDigit:
            if let number = scanNumber(at: start, mode: .expression) { return .number(number) }
            return scanPlainWord(start: start)
        case _ where c.isWordStart:
            return scanPlainWord(start: start)
        default:
            position += 1
            return .unknown
        }
    }

    /// A word in expression mode: letters, digits, `_`, `-` (keywords, member names, `in`).
    private mutating func scanPlainWord(start: Int) -> TokenKind {
        position = start
        while let c = current, c.isLetter || c.isDecimalDigit || c == "_" || c == "-" { position += 1 }
        if position == start { position += 1 }
        return .word(text(start, position))
    }

    // MARK: - Variables

    private mutating func scanDollar(mode: Mode, start: Int) throws(ParseError) -> TokenKind {
        let n1 = char(start + 1)
        if n1 == "(" {
            position += 2
            return .dollarParen
        }
        guard let path = try scanVariable(at: start) else {
            if mode == .command {
                position = start
                return scanComplexWordExtent()
            }
            throw ParseError(
                errorId: "InvalidVariableReference",
                message: "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
                span: span(start, start + 1)
            )
        }
        if mode == .command, let next = current, !next.endsArgument, next != ".", next != "[" {
            position = start
            return scanComplexWordExtent()
        }
        return .variable(path)
    }

    /// Scans `$name`, `$scope:name`, `${any}`, `$$`, `$?`, `$^` at `start` (the `$`).
    /// Returns nil (position unchanged) when `$` starts no variable.
    mutating func scanVariable(at start: Int) throws(ParseError) -> VariablePath? {
        guard let n1 = char(start + 1) else { return nil }
        if n1 == "{" {
            return try scanBracedVariable(at: start)
        }
        if n1 == "$" || n1 == "^" {
            position = start + 2
            return VariablePath(scope: nil, name: String(Character(n1)))
        }
        if n1 == "?" {
            position = start + 2
            return VariablePath(scope: nil, name: "?")
        }
        guard n1.isVariableNameCharacter else { return nil }
        var i = start + 1
        while let c = char(i), c.isVariableNameCharacter { i += 1 }
        var scope: String?
        var nameStart = start + 1
        if char(i) == ":", let after = char(i + 1), after != ":", after.isVariableNameCharacter {
            scope = text(start + 1, i).lowercased()
            nameStart = i + 1
            i += 1
            while let c = char(i), c.isVariableNameCharacter { i += 1 }
        }
        position = i
        return VariablePath(scope: scope, name: text(nameStart, i))
    }

    private mutating func scanBracedVariable(at start: Int) throws(ParseError) -> VariablePath {
        var i = start + 2
        var name = String.UnicodeScalarView()
        while true {
            guard let c = char(i) else {
                position = i
                throw ParseError(
                    errorId: "IncompleteDollarVariableReference",
                    message: "${variable} reference starting is missing the closing '}'.",
                    span: span(start, i),
                    isIncompleteInput: true
                )
            }
            if c == "}" { break }
            if c == "`", let escaped = char(i + 1) {
                name.append(escaped)
                i += 2
                continue
            }
            name.append(c)
            i += 1
        }
        position = i + 1
        let full = String(name)
        if full.isEmpty {
            throw ParseError(
                errorId: "EmptyVariableReference",
                message: "An empty ${} variable reference was found. A name is required inside the braces.",
                span: span(start, position)
            )
        }
        if let colon = full.firstIndex(of: ":"), colon != full.startIndex {
            let prefix = full[full.startIndex..<colon]
            let rest = full[full.index(after: colon)...]
            if !rest.isEmpty, !rest.hasPrefix(":"), prefix.unicodeScalars.allSatisfy(\.isVariableNameCharacter) {
                return VariablePath(scope: prefix.lowercased(), name: String(rest))
            }
        }
        return VariablePath(scope: nil, name: full)
    }

    // MARK: - Single-quoted strings

    mutating func scanSingleQuoted(start: Int) throws(ParseError) -> String {
        var i = start + 1
        var value = String.UnicodeScalarView()
        while let c = char(i) {
            if c.isSingleQuote {
                if let n = char(i + 1), n.isSingleQuote {
                    value.append(n)
                    i += 2
                    continue
                }
                position = i + 1
                return String(value)
            }
            value.append(c)
            i += 1
        }
        position = i
        throw ParseError(
            errorId: "TerminatorExpectedAtEndOfString",
            message: "The string is missing the terminator: '.",
            span: span(start, i),
            isIncompleteInput: true
        )
    }

    /// `@'` at `start`, header end already checked; returns the body.
    private mutating func scanSingleHereString(start: Int) throws(ParseError) -> String {
        var i = start + 2
        while let c = char(i), c.isBlank { i += 1 }
        if char(i) == "\r" { i += 1 }
        if char(i) == "\n" { i += 1 }
        let bodyStart = i
        // The body ends at a line that starts with `'@`.
        var lineStart = i
        while true {
            if i == lineStart, let q = char(i), q.isSingleQuote, char(i + 1) == "@" {
                position = i + 2
                return text(bodyStart, bodyEnd(lineStart: i, bodyStart: bodyStart))
            }
            guard let c = char(i) else { break }
            i += 1
            if c == "\n" || (c == "\r" && char(i) != "\n") { lineStart = i }
        }
        position = limit
        throw ParseError(
            errorId: "TerminatorExpectedAtEndOfString",
            message: "The string is missing the terminator: '@.",
            span: span(start, limit),
            isIncompleteInput: true
        )
    }

    /// The end of a here-string body whose terminator line starts at `lineStart`: the newline before it is not content.
    func bodyEnd(lineStart: Int, bodyStart: Int) -> Int {
        guard lineStart > bodyStart else { return bodyStart }
        var end = lineStart - 1
        if char(end) == "\n", end > bodyStart, char(end - 1) == "\r" { end -= 1 }
        return end
    }

    // MARK: - Command mode

    private mutating func scanCommandToken(_ c: Unicode.Scalar, start: Int) throws(ParseError) -> TokenKind {
        let n1 = char(start + 1)
        if c.isDash {
            if let n1, n1.isDash {
                let n2 = char(start + 2)
                if n2 == nil || n2!.endsArgument {
                    position = start + 2
                    return .endOfParameters
                }
                if n2 == "%" {
                    position = start + 3
                    return .stopParsing
                }
            }
            if let n1, n1.isLetter || n1 == "_" || n1 == "?" {
                return scanParameter(start: start)
            }
            if let number = scanNumber(at: start, mode: .command) { return .number(number) }
            return scanBareWord(start: start)
        }
        if c.isDecimalDigit || (c == "." && (n1?.isDecimalDigit ?? false)) {
            if let number = scanNumber(at: start, mode: .command) { return .number(number) }
        }
        return scanBareWord(start: start)
    }

    private mutating func scanParameter(start: Int) -> TokenKind {
        var i = start + 1
        while let c = char(i) {
            if c.isSingleQuote || c.isDoubleQuote {
                position = start
                return scanComplexWordExtent()
            }
            if c.endsParameterName || c == ":" { break }
            i += 1
        }
        let name = text(start + 1, i)
        if char(i) == ":" {
            position = i + 1
            return .parameter(name: name, colon: true)
        }
        position = i
        return .parameter(name: name, colon: false)
    }

    /// A bare word: plain when it has no `$`, quote or backtick; otherwise only its extent is checked.
    private mutating func scanBareWord(start: Int) -> TokenKind {
        var i = start
        while let c = char(i), !c.endsArgument {
            if c == "$" || c == "`" || c.isSingleQuote || c.isDoubleQuote {
                position = start
                return scanComplexWordExtent()
            }
            i += 1
        }
        if i == start {
            // A lone character that ends arguments but has no token of its own.
            i += 1
        }
        position = i
        return .word(text(start, i))
    }

    /// Leaves `position` at `start` so that the parser scans the word; the token's end is unknown.
    private mutating func scanComplexWordExtent() -> TokenKind {
        .complexWord
    }
}
