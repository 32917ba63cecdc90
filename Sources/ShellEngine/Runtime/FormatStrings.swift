import Foundation
import PowerShellSyntax

/// .NET composite formatting for `-f` and `[string]::Format`, and `ToString(format)`.
package enum FormatStrings {
    static func format(_ template: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> String {
        var result = ""
        var characters = Array(template)[...]
        func invalid() -> RuntimeError {
            shell.error("Error formatting a string: Input string was not in a correct format..", id: "FormatError", category: .invalidOperation, span: span)
        }
        while let c = characters.popFirst() {
            if c == "{" {
                if characters.first == "{" { characters.removeFirst(); result.append("{"); continue }
                var spec = ""
                var closed = false
                while let next = characters.popFirst() {
                    if next == "}" { closed = true; break }
                    spec.append(next)
                }
                guard closed else { throw invalid() }
                var formatString = ""
                if let colon = spec.firstIndex(of: ":") {
                    formatString = String(spec[spec.index(after: colon)...])
                    spec = String(spec[..<colon])
                }
                var alignment = 0
                if let comma = spec.firstIndex(of: ",") {
                    alignment = Int(spec[spec.index(after: comma)...].trimmingCharacters(in: .whitespaces)) ?? 0
                    spec = String(spec[..<comma])
                }
                guard let index = Int(spec.trimmingCharacters(in: .whitespaces)), index >= 0 else { throw invalid() }
                guard index < arguments.count else {
                    throw shell.error("Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..", id: "FormatError", category: .invalidOperation, span: span)
                }
                let text = formatString.isEmpty ? LanguagePrimitives.toString(arguments[index]) : try formatItem(arguments[index], format: formatString, shell: shell, span: span)
                let width = min(abs(alignment), 10_000)
                // `'{0}{0}' -f $s` doubles `$s` like `$s + $s` does; checked before copying.
                try MemoryLimits.checkString(bytes: result.utf8.count + text.utf8.count + width, shell, span)
                try MemoryLimits.chargeString(bytes: text.utf8.count, shell)
                if width > 0, text.count < width {
                    let padding = String(repeating: " ", count: width - text.count)
                    result += alignment < 0 ? text + padding : padding + text
                } else {
                    result += text
                }
            } else if c == "}" {
                if characters.first == "}" { characters.removeFirst() }
                result.append("}")
            } else {
                result.append(c)
            }
        }
        return result
    }

    /// `{0:N2}`, `{0:X}`, `{0:D4}`, `{0:F1}`, `{0:P}`, dates with custom patterns.
    package static func formatItem(_ value: Value, format: String, shell: Shell, span: SourceSpan) throws -> String {
        if case .date(let date) = value { return formatDate(date, format) }
        guard let number = try? LanguagePrimitives.toNumber(value) else { return LanguagePrimitives.toString(value) }
        let kind = format.first.map { Character($0.uppercased()) } ?? "G"
        let digits = Int(format.dropFirst())
        // .NET takes a precision up to 999,999,999 (`{0:D999999999}`): that many digits would fill memory.
        if let digits, digits > 0 { try MemoryLimits.checkString(bytes: digits, shell, span) }
        let double = (try? LanguagePrimitives.toDouble(number)) ?? 0
        // An integer keeps every digit; a Double is written as .NET Framework writes it (fixedPoint).
        func fixed(_ decimals: Int, scale: Int = 1) -> String {
            var integer = IntegerObject.unboxed(number)
            if case .int(let small) = number { integer = small }
            if let integer, scale == 1 || abs(integer) < Int.max / 100 {
                let scaled = integer * scale
                return String(scaled) + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
            }
            return fixedPoint(double, decimals: decimals, shift: scale == 100 ? 2 : 0)
        }
        switch kind {
        case "N":
            return grouped(fixed(digits ?? 2))
        case "F":
            return fixed(digits ?? 2)
        case "D":
            let integer = Int(double)
            let text = String(abs(integer))
            return (integer < 0 ? "-" : "") + String(repeating: "0", count: max(0, (digits ?? 0) - text.count)) + text
        case "X":
            var text = String(UInt64(bitPattern: Int64(double)), radix: 16)
            if format.first == "X" { text = text.uppercased() }
            return String(repeating: "0", count: max(0, (digits ?? 0) - text.count)) + text
        case "P":
            return grouped(fixed(digits ?? 2, scale: 100)) + " %"
        case "E":
            // .NET writes at least three exponent digits (standard numeric format strings, "E").
            let text = String(format: "%.\(digits ?? 6)\(format.first == "e" ? "e" : "E")", double)
            guard let marker = text.firstIndex(where: { $0 == "E" || $0 == "e" }) else { return text }
            let mantissa = text[...marker]
            var exponent = text[text.index(after: marker)...]
            let sign = exponent.first == "-" ? "-" : "+"
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            return mantissa + sign + String(repeating: "0", count: max(0, 3 - exponent.count)) + exponent
        default:
            if format.contains("0") || format.contains("#") { return customNumber(double, format) }
            return LanguagePrimitives.toString(number)
        }
    }

    /// .NET custom numeric formats (`00`, `#,##0.00`, `0.###`, `'#'0`): `0` is a digit always shown, `#` one shown
    /// when significant, `,` between integer placeholders groups thousands, `%` multiplies by 100; other text is
    /// copied (quoted text and `\\`-escaped characters literally).
    /// Source: https://learn.microsoft.com/dotnet/standard/base-types/custom-numeric-format-strings
    static func customNumber(_ value: Double, _ format: String) -> String {
        // `;` separates sections: positive (and zero); negative, shown without its sign; zero. An empty section
        // leaves the value to the first one (the section separator, custom numeric format strings).
        let sections = format.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        if sections.count >= 3, value == 0, !sections[2].isEmpty { return customSection(value, sections[2]) }
        if sections.count >= 2, value < 0, !sections[1].isEmpty { return customSection(-value, sections[1]) }
        return customSection(value, sections.first ?? format)
    }

    /// One section of a custom numeric format.
    private static func customSection(_ value: Double, _ section: String) -> String {
        var prefix = "", suffix = ""
        var integerZeros = 0, fractionZeros = 0, fractionHashes = 0
        var grouping = false, percent = false, seenPlaceholder = false, inFraction = false, lastWasPlaceholder = false
        var characters = Array(section)[...]
        while let character = characters.popFirst() {
            var literal: String?
            switch character {
            case "0", "#":
                seenPlaceholder = true
                lastWasPlaceholder = true
                if inFraction {
                    if character == "0" { fractionZeros += 1 } else { fractionHashes += 1 }
                } else if character == "0" {
                    integerZeros += 1
                }
                continue
            case ".":
                if !inFraction && (seenPlaceholder || characters.first == "0" || characters.first == "#") {
                    inFraction = true
                    seenPlaceholder = true
                    continue
                }
                literal = "."
            case ",":
                if seenPlaceholder && !inFraction && lastWasPlaceholder && (characters.first == "0" || characters.first == "#") {
                    grouping = true
                    continue
                }
                if seenPlaceholder && !inFraction { continue }
                literal = ","
            case "%":
                percent = true
                literal = "%"
            case "'", "\"":
                var quoted = ""
                while let next = characters.popFirst(), next != character { quoted.append(next) }
                literal = quoted
            case "\\":
                literal = characters.popFirst().map { String($0) } ?? ""
            default:
                literal = String(character)
            }
            lastWasPlaceholder = false
            if let literal {
                if seenPlaceholder { suffix += literal } else { prefix += literal }
            }
        }
        // A section without digit placeholders is its text alone (`zero` in `#;(#);zero`).
        if !seenPlaceholder { return prefix }
        let number = value
        // A format of millions of placeholders would fill memory; a Double has no more than 340 significant places.
        integerZeros = min(integerZeros, 1000)
        fractionZeros = min(fractionZeros, 340)
        fractionHashes = min(fractionHashes, 340 - fractionZeros)
        let decimals = fractionZeros + fractionHashes
        // .NET rounds custom formats half away from zero, on the 15 significant digits of a Double (fixedPoint).
        let negative = number < 0
        var text = fixedPoint(abs(number), decimals: decimals, shift: percent ? 2 : 0)
        var integer = text, fraction = ""
        if let dot = text.firstIndex(of: ".") {
            integer = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        while fraction.count > fractionZeros, fraction.hasSuffix("0") { fraction.removeLast() }
        if integer == "0", integerZeros == 0 { integer = "" }
        if integer.count < integerZeros { integer = String(repeating: "0", count: integerZeros - integer.count) + integer }
        if grouping { integer = grouped(integer) }
        text = integer + (fraction.isEmpty ? "" : "." + fraction)
        if text.isEmpty { text = "0" }
        let isZero = Double(text.replacingOccurrences(of: ",", with: "")) == 0
        return (negative && !isZero ? "-" : "") + prefix + text + suffix
    }

    /// A Double in fixed-point notation with `decimals` places, as .NET Framework (Windows PowerShell 5.1) writes
    /// it for `F`, `N`, `P` and custom formats: the value is first taken to 15 significant digits, then those digits
    /// are rounded half away from zero, so 2.675 gives 2.68 and 1.005 gives 1.01 with two places, and digits past
    /// the fifteenth are zeros (.NET Core 3.0 changed this to the exact binary value: 2.67, 1.00).
    /// Source: https://learn.microsoft.com/dotnet/standard/base-types/standard-numeric-format-strings ("Double values
    /// have 15 digits of precision" before .NET Core 3.0) and https://learn.microsoft.com/dotnet/core/compatibility/3.0
    /// ("Floating-point formatting and parsing behavior changed").
    /// `shift`: powers of ten to multiply by on the digits (2 for `P` and `%`, as .NET scales the decimal digits).
    static func fixedPoint(_ value: Double, decimals: Int, shift: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity" }
        let scientific = String(format: "%.14e", abs(value))
        guard let marker = scientific.firstIndex(of: "e"), let exponent = Int(scientific[scientific.index(after: marker)...]) else {
            return String(format: "%.\(decimals)f", value)
        }
        var digits = scientific[..<marker].compactMap { $0.wholeNumberValue }
        var point = exponent + 1 + shift  // how many of the digits are before the decimal point
        let kept = point + decimals
        if kept < 0 {
            digits = []
        } else if kept < digits.count {
            let roundsUp = digits[kept] >= 5
            digits.removeSubrange(kept...)
            if roundsUp {
                var index = kept - 1
                while index >= 0, digits[index] == 9 { digits[index] = 0; index -= 1 }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0); point += 1 }
            }
        }
        func digit(_ index: Int) -> Character {
            index >= 0 && index < digits.count ? Character(String(digits[index])) : "0"
        }
        let integer = point > 0 ? String((0..<point).map(digit)) : "0"
        let fraction = String((point..<(point + decimals)).map(digit))
        let isZero = !digits.contains { $0 != 0 }
        return (value < 0 && !isZero ? "-" : "") + integer + (decimals > 0 ? "." + fraction : "")
    }

    static func grouped(_ text: String) -> String {
        var integer = text
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            integer = String(text[..<dot])
            fraction = String(text[dot...])
        }
        let negative = integer.hasPrefix("-")
        if negative { integer.removeFirst() }
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
    }

    /// .NET date formats: the en-US standard ones (`d`, `G`, `s`, `o`, ...) and custom patterns (`yyyy-MM-dd HH:mm:ss`).
    package static func formatDate(_ date: Date, _ format: String, zone: TimeZone = DateFormatting.localZone) -> String {
        DateFormatPattern.format(date, format, zone: zone)
    }
}
