/// The number a .NET TryParse reads from text in the en-US culture, or `nil`.
enum NumberText {
    /// NumberStyles.Integer: blanks around, an optional sign, decimal digits only.
    static func integer(_ text: String, in range: ClosedRange<Int>) -> Int? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var value = 0
        for digit in body {
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = times.addingReportingOverflow(Int(digit.asciiValue ?? 48) - 48)
            guard !overflowed, !carried else {
                // Int64.min's magnitude is one past Int.max.
                return negative && range.lowerBound == Int.min && body == "9223372036854775808" ? Int.min : nil
            }
            value = sum
        }
        let signed = negative ? -value : value
        return range.contains(signed) ? signed : nil
    }

    /// NumberStyles.Float with AllowThousands: blanks around, a sign, digits with `,` group separators, a `.`
    /// fraction and an exponent; no hexadecimal.
    static func double(_ text: String) -> Double? {
        let body = text.trimmingCharacters(in: .whitespaces)
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.,eE".contains($0)) }) else { return nil }
        return Double(body.replacingOccurrences(of: ",", with: ""))
    }
}
