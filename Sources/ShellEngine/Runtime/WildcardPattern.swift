/// PowerShell wildcards: `*`, `?`, `[a-z]`, backtick escapes. Matches the whole text.
public struct WildcardPattern: Sendable {
    private enum Element: Sendable {
        case literal(Character)
        case any
        case anySequence
        case set([ClosedRange<Character>], negated: Bool)
    }

    private let elements: [Element]
    private let caseSensitive: Bool
    /// Shortcuts for the common patterns: `*` alone, and plain ASCII text (bytes, lower-cased unless case-sensitive).
    private let matchesEverything: Bool
    private let asciiLiteral: [UInt8]?

    public init(_ pattern: String, caseSensitive: Bool = false) {
        self.caseSensitive = caseSensitive
        if let literal = Self.plainASCII(pattern, caseSensitive: caseSensitive) {
            // A plain ASCII name (the usual -Name argument): no wildcard to parse, no grapheme breaking; its
            // elements are made only if a text beyond ASCII needs the general matcher.
            elements = []
            matchesEverything = false
            asciiLiteral = literal
            return
        }
        if pattern == "*" {
            elements = [.anySequence]
            matchesEverything = true
            asciiLiteral = nil
            return
        }
        var result: [Element] = []
        var characters = Array(caseSensitive ? pattern : pattern.lowercased())[...]
        while let first = characters.popFirst() {
            switch first {
            case "*": result.append(.anySequence)
            case "?": result.append(.any)
            case "`":
                if let escaped = characters.popFirst() { result.append(.literal(escaped)) }
            case "[":
                var ranges: [ClosedRange<Character>] = []
                var negated = false
                if characters.first == "!" || characters.first == "^" { negated = true; characters.removeFirst() }
                var closed = false
                while let next = characters.popFirst() {
                    if next == "]" { closed = true; break }
                    if characters.count >= 2, characters.first == "-", let upper = characters.dropFirst().first, upper != "]" {
                        characters.removeFirst(2)
                        ranges.append(next <= upper ? next...upper : upper...next)
                    } else {
                        ranges.append(next...next)
                    }
                }
                result.append(closed ? .set(ranges, negated: negated) : .literal("["))
            default:
                result.append(.literal(first))
            }
        }
        elements = result
        matchesEverything = !result.isEmpty && result.allSatisfy { if case .anySequence = $0 { return true } else { return false } }
        var literal: [UInt8] = []
        for element in result {
            guard case .literal(let character) = element, character.utf8.count == 1, let ascii = character.asciiValue else {
                literal.removeAll()
                break
            }
            literal.append(ascii)
        }
        asciiLiteral = literal.count == result.count ? literal : nil
    }

    /// The pattern's bytes (lower-cased unless case-sensitive) when it is ASCII without wildcard or
    /// escape characters and without a carriage return (CR LF would be one character).
    private static func plainASCII(_ pattern: String, caseSensitive: Bool) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pattern.utf8.count)
        for byte in pattern.utf8 {
            switch byte {
            case 0x80..., 0x0D, UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "`"): return nil
            default: bytes.append(!caseSensitive && byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
        }
        return bytes
    }

    public var hasWildcards: Bool {
        // A plain ASCII literal keeps no elements (see `init`), and has no wildcard.
        elements.contains { if case .literal = $0 { return false } else { return true } }
    }

    public func matches(_ text: String) -> Bool {
        if matchesEverything { return true }
        if let literal = asciiLiteral, let answer = matchesASCII(literal, text) { return answer }
        let elements = asciiLiteral.map { $0.map { Element.literal(Character(Unicode.Scalar($0))) } } ?? self.elements
        let input = Array(caseSensitive ? text : text.lowercased())
        // Iterative matcher with single backtrack point for `*` (linear in practice, no recursion).
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < input.count {
            if p < elements.count {
                switch elements[p] {
                case .anySequence:
                    starP = p; starT = t; p += 1
                    continue
                case .any:
                    p += 1; t += 1
                    continue
                case .literal(let c) where c == input[t]:
                    p += 1; t += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(input[t]) } != negated:
                    p += 1; t += 1
                    continue
                default:
                    break
                }
            }
            if starP >= 0 {
                p = starP + 1
                starT += 1
                t = starT
            } else {
                return false
            }
        }
        while p < elements.count, case .anySequence = elements[p] { p += 1 }
        return p == elements.count
    }

    /// Whether ASCII `text` equals the literal (ignoring ASCII case unless case-sensitive); `nil` when
    /// the text is not ASCII or holds a carriage return (CR LF is one character), which the general matcher decides.
    private func matchesASCII(_ literal: [UInt8], _ text: String) -> Bool? {
        var index = 0
        var equal = true
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x0D { return nil }
            guard equal, index < literal.count else {
                equal = false
                continue
            }
            let folded = !caseSensitive && byte &- 0x41 < 26 ? byte | 0x20 : byte
            if folded != literal[index] { equal = false }
            index &+= 1
        }
        return equal && index == literal.count
    }
}
