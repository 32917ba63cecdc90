import Foundation

/// System.Decimal's range on Foundation's Decimal: a 96-bit integer scaled by a power of ten from 0 to 28, so a
/// result has at most 28 decimal places and 29 significant digits, rounded to even beyond them
/// (learn.microsoft.com/dotnet/api/system.decimal: "a 96-bit integer number and a scaling factor ... ranging from 0
/// to 28"; Foundation's Decimal keeps 38 digits).
enum DecimalPrecision {
    /// 2^96 - 1, the largest 96-bit integer.
    private static let largestInteger = Decimal(string: "79228162514264337593543950335") ?? 0

    /// `value` rounded to the most decimal places System.Decimal can hold for it.
    static func clr(_ value: Decimal) -> Decimal {
        guard value.exponent < 0 else { return value }
        var magnitude = value
        if magnitude < 0 { magnitude.negate() }
        for places in stride(from: min(28, -value.exponent), through: 0, by: -1) {
            var source = value
            var rounded = Decimal()
            NSDecimalRound(&rounded, &source, places, .bankers)
            var absolute = rounded
            if absolute < 0 { absolute.negate() }
            var power = Decimal(1)
            for _ in 0..<places { power *= 10 }
            if absolute * power <= largestInteger { return rounded }
        }
        return value
    }
}
