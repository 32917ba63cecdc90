/// .NET's `Regex.Unescape`, which ConvertFrom-StringData applies to every value: `\n`, `\t`, `\\`, `\x41`,
/// `\u0041`, octal `\101`, `\cC` become the characters they name; a backslash before any other non-word character
/// stands for that character; a backslash before another letter or digit is an error, as is a lone backslash at the
/// end (RegexParser.ScanCharEscape in the .NET reference source; the messages are its RegexParser strings).
enum RegexUnescape {
    struct Failure: Error {
        let message: String
    }

    static func unescape(_ text: String) throws(Failure) -> String {
        guard text.contains("\\") else { return text }
        let characters = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        func fail(_ reason: String) -> Failure { Failure(message: "parsing \"\(text)\" - \(reason)") }
        while position < characters.count {
            let scalar = characters[position]
            position += 1
            guard scalar == "\\" else { result.append(scalar); continue }
            guard position < characters.count else { throw fail("Illegal \\ at end of pattern.") }
            let escaped = characters[position]
            position += 1
            switch escaped {
            case "0"..."7":
                var value: UInt32 = 0
                var digits = 0
                position -= 1
                while digits < 3, position < characters.count, ("0"..."7").contains(characters[position]) {
                    value = value * 8 + (characters[position].value - 48)
                    position += 1
                    digits += 1
                }
                result.append(Unicode.Scalar(value & 0xFF) ?? "\0")
            case "x", "u":
                let count = escaped == "x" ? 2 : 4
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard position < characters.count, let digit = hexValue(characters[position]) else { throw fail("Insufficient hex digits.") }
                    value = value * 16 + digit
                    position += 1
                }
                // A lone surrogate has no Swift scalar; .NET would keep it, which no field file relies on.
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "e": result.append("\u{1B}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "c":
                guard position < characters.count else { throw fail("Missing control character.") }
                let control = characters[position]
                position += 1
                let upper = ("a"..."z").contains(control) ? control.value - 32 : control.value
                guard upper >= 64, upper < 96, let character = Unicode.Scalar(upper - 64) else { throw fail("Unrecognized control character.") }
                result.append(character)
            default:
                if escaped.properties.isAlphabetic || escaped.properties.numericType != nil || escaped == "_" {
                    throw fail("Unrecognized escape sequence \\\(Character(escaped)).")
                }
                result.append(escaped)
            }
        }
        return String(result)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f": return scalar.value - 87
        case "A"..."F": return scalar.value - 55
        default: return nil
        }
    }
}
