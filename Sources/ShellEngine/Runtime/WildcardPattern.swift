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

    public init(_ pattern: String, caseSensitive: Bool = false) {
        self.caseSensitive = caseSensitive
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
    }

    public var hasWildcards: Bool {
        elements.contains { if case .literal = $0 { return false } else { return true } }
    }

    public func matches(_ text: String) -> Bool {
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
}
