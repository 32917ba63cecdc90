/// Case-insensitive prefix matching, or a PowerShell wildcard when the typed text has one
/// (`Get-*Provider`), as completion uses it.
struct NameMatcher {
    private let prefix: String
    private let pattern: WildcardPattern?

    init(_ typed: String) {
        prefix = typed
        pattern = typed.contains("*") || typed.contains("?") ? WildcardPattern(typed + "*") : nil
    }

    func matches(_ name: String) -> Bool {
        if let pattern { return pattern.matches(name) }
        return Self.hasPrefix(name, prefix)
    }

    /// Case-insensitive `hasPrefix`. ASCII is compared byte by byte (a lab can hold thousands of
    /// names and Tab must stay instant); other text goes through full case folding.
    static func hasPrefix(_ name: String, _ prefix: String) -> Bool {
        var nameBytes = name.utf8.makeIterator()
        for byte in prefix.utf8 {
            guard let other = nameBytes.next() else { return false }
            if byte >= 0x80 || other >= 0x80 { return name.lowercased().hasPrefix(prefix.lowercased()) }
            if byte != other, lowered(byte) != lowered(other) { return false }
        }
        return true
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
