extension Lexer {
    /// Scans a number literal at `start` (which may begin with a dash in argument mode).
    /// Returns nil, position unchanged, when the text there is not a complete number
    /// (in argument mode `192.168.1.1` or `2+2` are words, not numbers).
    mutating func scanNumber(at start: Int, mode: Mode) -> NumberLiteral? {
        var i = start
        var negative = false
        if let c = char(i), c.isDash {
            negative = true
            i += 1
        }
        guard let first = char(i) else { return nil }
        var literal: NumberLiteral?
        if first == "0", let x = char(i + 1), x == "x" || x == "X" {
            i += 2
            let digitsStart = i
            while let c = char(i), c.isHexDigit { i += 1 }
            guard i > digitsStart else { return nil }
            let digits = text(digitsStart, i)
            var isLong = false
            if let s = char(i), s == "l" || s == "L" { isLong = true; i += 1 }
            guard let bits = UInt64(digits, radix: 16) else { return nil }
            if !isLong, digits.count <= 8, let value32 = UInt32(exactly: bits) {
                literal = .int(Int32(bitPattern: value32))
            } else {
                literal = .long(Int64(bitPattern: bits))
            }
            literal = applyMultiplier(literal, at: &i)
        } else if first == "0", let b = char(i + 1), b == "b" || b == "B", let d = char(i + 2), d == "0" || d == "1" {
            i += 2
            let digitsStart = i
            while let c = char(i), c == "0" || c == "1" { i += 1 }
            let digits = text(digitsStart, i)
            guard let bits = UInt64(digits, radix: 2) else { return nil }
            if digits.count <= 32, let value32 = UInt32(exactly: bits) {
                literal = .int(Int32(bitPattern: value32))
            } else {
                literal = .long(Int64(bitPattern: bits))
            }
        } else {
            let digitsStart = i
            var isReal = false
            while let c = char(i), c.isDecimalDigit { i += 1 }
            if char(i) == ".", let d = char(i + 1), d.isDecimalDigit {
                isReal = true
                i += 1
                while let c = char(i), c.isDecimalDigit { i += 1 }
            }
            guard i > digitsStart else { return nil }
            if let e = char(i), e == "e" || e == "E" {
                var j = i + 1
                if let s = char(j), s == "+" || s.isDash { j += 1 }
                if let d = char(j), d.isDecimalDigit {
                    while let c = char(j), c.isDecimalDigit { j += 1 }
                    isReal = true
                    i = j
                }
            }
            let mantissa = text(digitsStart, i)
            if let s = char(i), s == "d" || s == "D" {
                i += 1
                literal = .decimal(mantissa)
            } else if let s = char(i), s == "l" || s == "L" {
                i += 1
                // `1.5l` would need rounding rules PowerShell applies at run time; not a number here.
                guard !isReal, let v = Int64(mantissa) else { return nil }
                literal = .long(v)
                literal = applyMultiplier(literal, at: &i)
            } else if isReal {
                guard let d = Double(mantissa) else { return nil }
                literal = .double(d)
                literal = applyMultiplier(literal, at: &i)
            } else if let v = Int32(mantissa) {
                literal = applyMultiplier(.int(v), at: &i)
            } else if let v = Int64(mantissa) {
                literal = applyMultiplier(.long(v), at: &i)
            } else {
                literal = applyMultiplier(.double(Double(mantissa) ?? .infinity), at: &i)
            }
        }
        guard var result = literal else { return nil }
        if let c = char(i) {
            switch mode {
            case .command:
                guard c.endsArgument else { return nil }
            case .expression:
                if c.isLetter || c.isDecimalDigit || c == "_" { return nil }
            }
        }
        if negative { result = result.negated }
        position = i
        return result
    }

    /// Applies a `kb`/`mb`/`gb`/`tb`/`pb` suffix at `i`, if any.
    private func applyMultiplier(_ literal: NumberLiteral?, at i: inout Int) -> NumberLiteral? {
        guard let literal, let k = char(i), let b = char(i + 1), b == "b" || b == "B" else { return literal }
        let shift: Int64
        switch k {
        case "k", "K": shift = 10
        case "m", "M": shift = 20
        case "g", "G": shift = 30
        case "t", "T": shift = 40
        case "p", "P": shift = 50
        default: return literal
        }
        i += 2
        let factor = Int64(1) << shift
        switch literal {
        case .int(let v):
            let (product, overflow) = Int64(v).multipliedReportingOverflow(by: factor)
            if overflow { return .double(Double(v) * Double(factor)) }
            if let small = Int32(exactly: product) { return .int(small) }
            return .long(product)
        case .long(let v):
            let (product, overflow) = v.multipliedReportingOverflow(by: factor)
            return overflow ? .double(Double(v) * Double(factor)) : .long(product)
        case .double(let v):
            return .double(v * Double(factor))
        case .decimal:
            return literal
        }
    }
}

extension NumberLiteral {
    /// `-5` in argument mode is the number -5.
    var negated: NumberLiteral {
        switch self {
        case .int(let v):
            if v == .min { return .long(-Int64(v)) }
            return .int(-v)
        case .long(let v):
            if v == .min { return .double(-Double(v)) }
            return .long(-v)
        case .double(let v):
            return .double(-v)
        case .decimal(let text):
            return .decimal(text.hasPrefix("-") ? String(text.dropFirst()) : "-" + text)
        }
    }
}
