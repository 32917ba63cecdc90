/// Character classes of PowerShell's tokenizer.
extension Unicode.Scalar {
    var isNewline: Bool { self == "\n" || self == "\r" }

    /// Whitespace that separates tokens but does not end a statement.
    var isBlank: Bool {
        switch value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0: return true
        case 0..<0x80: return false
        default: return properties.isWhitespace && !isNewline
        }
    }

    var isDecimalDigit: Bool { ("0"..."9").contains(self) }

    var isHexDigit: Bool {
        isDecimalDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self)
    }

    var isLetter: Bool {
        if value < 0x80 { return ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
        return properties.isAlphabetic
    }

    /// `-`, en dash, em dash, horizontal bar: PowerShell accepts all as dashes.
    var isDash: Bool { self == "-" || (0x2013...0x2015).contains(value) }

    var isSingleQuote: Bool { self == "'" || (0x2018...0x201B).contains(value) }

    var isDoubleQuote: Bool { self == "\"" || (0x201C...0x201E).contains(value) }

    /// Letters, digits, `_` and `?` make up `$name`.
    var isVariableNameCharacter: Bool { isLetter || isDecimalDigit || self == "_" || self == "?" }

    /// Characters that may start a bare word in expression mode.
    var isWordStart: Bool { isLetter || self == "_" }

    /// Characters that end a bare argument (PowerShell's argument-mode metacharacters).
    var endsArgument: Bool {
        switch self {
        case " ", "\t", "\n", "\r", ";", ",", "(", ")", "{", "}", "|", ">": return true
        default: return isBlank
        }
    }

    /// Characters that end the name of a `-Parameter` token.
    var endsParameterName: Bool {
        switch self {
        case "{", "}", "(", ")", ";", ",", "|", "&", ".", "[", "\n", "\r": return true
        default: return isBlank
        }
    }
}
