/// Double-quoted strings, here-strings and bare argument words: their `$var` and `$( )` parts.
extension ScriptParser {
    /// Collects literal text and expansions of one string or word.
    struct StringBuilder {
        var parts: [StringPart] = []
        var text = String.UnicodeScalarView()
        var hasExpansion = false

        mutating func append(_ scalar: Unicode.Scalar) { text.append(scalar) }

        mutating func append(_ string: String) { text.append(contentsOf: string.unicodeScalars) }

        mutating func append(part: StringPart) {
            flush()
            parts.append(part)
            hasExpansion = true
        }

        mutating func flush() {
            if !text.isEmpty {
                parts.append(.text(String(text)))
                text = String.UnicodeScalarView()
            }
        }

        mutating func merge(_ expression: Expression) {
            switch expression.kind {
            case .stringConstant(let value, _):
                append(value)
            case .expandableString(let inner, _):
                for part in inner {
                    if case .text(let value) = part { append(value) } else { append(part: part) }
                }
            default:
                break
            }
        }

        mutating func expression(_ quoting: StringQuoting, span: SourceSpan) -> Expression {
            if !hasExpansion {
                var literal = ""
                for part in parts { if case .text(let value) = part { literal += value } }
                literal += String(text)
                return Expression(.stringConstant(literal, quoting), span: span)
            }
            flush()
            return Expression(.expandableString(parts, quoting), span: span)
        }
    }

    /// The body of `"..."` or `@"..."@`; the opening quote is consumed, `start` is where it began.
    mutating func parseExpandableString(quoting: StringQuoting, start: Int) throws(ParseError) -> Expression {
        try enter(at: start)
        defer { leave() }
        let isHere = quoting == .hereStringDouble
        var builder = StringBuilder()
        if isHere {
            while let c = lexer.current, c.isBlank { lexer.position += 1 }
            if lexer.current == "\r" { lexer.position += 1 }
            if lexer.current == "\n" { lexer.position += 1 }
            if let q = lexer.current, q.isDoubleQuote, lexer.char(lexer.position + 1) == "@" {
                lexer.position += 2
                lastTokenEnd = lexer.position
                return builder.expression(quoting, span: span(start, lexer.position))
            }
        }
        while true {
            guard let c = lexer.current else {
                throw ParseError(
                    errorId: "TerminatorExpectedAtEndOfString",
                    message: isHere ? "The string is missing the terminator: \"@." : "The string is missing the terminator: \".",
                    span: span(start, lexer.limit), isIncompleteInput: true
                )
            }
            if isHere, c.isNewline {
                var after = lexer.position + 1
                if c == "\r", lexer.char(after) == "\n" { after += 1 }
                if let q = lexer.char(after), q.isDoubleQuote, lexer.char(after + 1) == "@" {
                    lexer.position = after + 2
                    break
                }
                while lexer.position < after {
                    builder.append(lexer.source.scalar(at: lexer.position))
                    lexer.position += 1
                }
                continue
            }
            if !isHere, c.isDoubleQuote {
                if let n = lexer.char(lexer.position + 1), n.isDoubleQuote {
                    builder.append(n)
                    lexer.position += 2
                    continue
                }
                lexer.position += 1
                break
            }
            if c == "`" {
                guard lexer.char(lexer.position + 1) != nil else {
                    lexer.position += 1
                    continue
                }
                builder.append(try scanEscape())
                continue
            }
            if c == "$" {
                if lexer.char(lexer.position + 1) == "(" {
                    builder.append(part: .subexpression(try parseStringSubexpression()))
                    continue
                }
                if let variable = try lexer.scanVariable(at: lexer.position) {
                    builder.append(part: .variable(variable))
                    continue
                }
            }
            builder.append(c)
            lexer.position += 1
        }
        lastTokenEnd = lexer.position
        return builder.expression(quoting, span: span(start, lexer.position))
    }

    /// `$( ... )` inside a string or word, at the `$`.
    private mutating func parseStringSubexpression() throws(ParseError) -> [Statement] {
        lexer.position += 2
        lastTokenEnd = lexer.position
        let statements = try withCommasEnabled { (parser: inout ScriptParser) throws(ParseError) in
            try parser.parseStatementList(closedBy: .paren)
        }
        let close = try peek(.expression)
        guard close.kind == .rParen else {
            throw errorAfterLastToken("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", found: close)
        }
        advance(past: close)
        return statements
    }

    /// A backtick escape at the current position (the backtick); returns the character it stands for.
    private mutating func scanEscape() throws(ParseError) -> Unicode.Scalar {
        let start = lexer.position
        guard let e = lexer.char(start + 1) else {
            lexer.position += 1
            return "`"
        }
        lexer.position += 2
        switch e {
        case "0": return "\u{0}"
        case "a": return "\u{7}"
        case "b": return "\u{8}"
        case "e": return "\u{1B}"
        case "f": return "\u{C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{B}"
        case "u" where lexer.current == "{":
            lexer.position += 1
            let digitsStart = lexer.position
            while let h = lexer.current, h.isHexDigit { lexer.position += 1 }
            let digits = lexer.text(digitsStart, lexer.position)
            guard lexer.current == "}" else {
                let id = lexer.atEnd ? "MissingUnicodeEscapeSequenceTerminator" : "InvalidUnicodeEscapeSequence"
                let message = lexer.atEnd
                    ? "The Unicode escape sequence is missing the closing '}'."
                    : "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'."
                throw ParseError(errorId: id, message: message, span: span(start, lexer.position), isIncompleteInput: lexer.atEnd)
            }
            lexer.position += 1
            if digits.isEmpty {
                throw ParseError(
                    errorId: "InvalidUnicodeEscapeSequence",
                    message: "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
                    span: span(start, lexer.position), isIncompleteInput: false
                )
            }
            if digits.count > 6 {
                throw ParseError(
                    errorId: "TooManyDigitsInUnicodeEscapeSequence",
                    message: "The Unicode escape sequence contains more than the maximum of six hex digits between braces.",
                    span: span(start, lexer.position), isIncompleteInput: false
                )
            }
            guard let value = UInt32(digits, radix: 16), value <= 0x10FFFF else {
                throw ParseError(
                    errorId: "InvalidUnicodeEscapeSequenceValue",
                    message: "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.",
                    span: span(start, lexer.position), isIncompleteInput: false
                )
            }
            // A surrogate code point has no scalar; PowerShell would keep a lone UTF-16 unit.
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        default:
            return e
        }
    }

    /// A bare argument word containing `$`, quotes or backticks, e.g. `$HOME\x`, `a'b c'`, `a`tb`.
    mutating func parseComplexWord() throws(ParseError) -> Expression {
        try enter(at: lexer.position)
        defer { leave() }
        try lexer.skipTrivia()
        let start = lexer.position
        var builder = StringBuilder()
        while let c = lexer.current, !c.endsArgument {
            if c == "`" {
                guard let e = lexer.char(lexer.position + 1), !e.isNewline else { break }
                builder.append(try scanEscape())
            } else if c.isSingleQuote {
                builder.append(try lexer.scanSingleQuoted(start: lexer.position))
            } else if c.isDoubleQuote {
                let quoteStart = lexer.position
                lexer.position += 1
                builder.merge(try parseExpandableString(quoting: .doubleQuoted, start: quoteStart))
            } else if c == "$", lexer.char(lexer.position + 1) == "(" {
                builder.append(part: .subexpression(try parseStringSubexpression()))
            } else if c == "$", let variable = try lexer.scanVariable(at: lexer.position) {
                builder.append(part: .variable(variable))
            } else {
                builder.append(c)
                lexer.position += 1
            }
        }
        if lexer.position == start {
            throw unexpectedToken(tokenForError())
        }
        lastTokenEnd = lexer.position
        return builder.expression(.bare, span: span(start, lexer.position))
    }
}
