/// `[Convert]::ToString(value, toBase)` and `[Convert]::ToInt32/ToInt64(text, fromBase)`: bases 2, 8, 10 and 16, with
/// negative numbers in two's complement over the integer's width outside base 10, as System.Convert does
/// (learn.microsoft.com/dotnet/api/system.convert.tostring, "ToString(Int32, Int32)"; ".toint32", "ToInt32(String, Int32)").
enum NumberBase {
    enum Failure: Error {
        case invalidBase
        case noDigits
        case trailingCharacters
        case minusSignOutsideBaseTen
        case overflow
    }

    static let bases: Set<Int> = [2, 8, 10, 16]

    /// The digits of `value` in `base`; `bits` is the width of the overload .NET picks (32 for Int32, 64 for Int64).
    static func format(_ value: Int, base: Int, bits: Int) throws(Failure) -> String {
        guard bases.contains(base) else { throw .invalidBase }
        if base == 10 { return String(value) }
        let pattern = bits >= 64 ? UInt64(bitPattern: Int64(value)) : UInt64(UInt32(truncatingIfNeeded: value))
        return String(pattern, radix: base)
    }

    /// The integer `text` writes in `base`, `bits` wide: outside base 10 the digits are the integer's bits, so
    /// `ffffffff` is -1 as an Int32; base 16 takes a `0x` prefix.
    static func parse(_ text: String, base: Int, bits: Int) throws(Failure) -> Int {
        guard bases.contains(base) else { throw .invalidBase }
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" {
            guard base == 10 else { throw .minusSignOutsideBaseTen }
            negative = true
            digits = digits.dropFirst()
        } else if digits.first == "+" {
            digits = digits.dropFirst()
        }
        if base == 16, digits.count > 2, digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        var magnitude: UInt64 = 0
        var count = 0
        for character in digits {
            guard let digit = character.hexDigitValue, digit < base else {
                throw count == 0 ? .noDigits : .trailingCharacters
            }
            let (times, overflowed) = magnitude.multipliedReportingOverflow(by: UInt64(base))
            let (sum, carried) = times.addingReportingOverflow(UInt64(digit))
            guard !overflowed, !carried else { throw .overflow }
            magnitude = sum
            count += 1
        }
        guard count > 0 else { throw .noDigits }
        if base == 10 {
            let limit = bits >= 64 ? UInt64(Int64.max) : UInt64(Int32.max)
            guard magnitude <= limit + (negative ? 1 : 0) else { throw .overflow }
            return negative ? -Int(truncatingIfNeeded: magnitude) : Int(magnitude)
        }
        if bits >= 64 { return Int(Int64(bitPattern: magnitude)) }
        guard magnitude <= UInt64(UInt32.max) else { throw .overflow }
        return Int(Int32(bitPattern: UInt32(magnitude)))
    }
}

extension NumberBase.Failure {
    /// The exception's message, as .NET words it.
    func message(bits: Int) -> String {
        switch self {
        case .invalidBase: return "Invalid Base."
        case .noDigits: return "Could not find any recognizable digits."
        case .trailingCharacters: return "Additional non-parsable characters are at the end of the string."
        case .minusSignOutsideBaseTen: return "String cannot contain a minus sign if the base is not 10."
        case .overflow: return "Value was either too large or too small for \(bits >= 64 ? "an Int64" : "an Int32")."
        }
    }

    /// The .NET exception type's short name (the error's id).
    var exceptionName: String {
        switch self {
        case .invalidBase, .minusSignOutsideBaseTen: return "ArgumentException"
        case .noDigits, .trailingCharacters: return "FormatException"
        case .overflow: return "OverflowException"
        }
    }
}
