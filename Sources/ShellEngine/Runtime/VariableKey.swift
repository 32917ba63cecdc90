/// Case-insensitive lookup keys for variables, parameters, properties and commands: an ASCII fast path,
/// because names are looked up on every reference and full Unicode lowercasing dominated tight loops.
enum VariableKey {
    static func of(_ name: String) -> String {
        var hasUpper = false
        for byte in name.utf8 {
            if byte >= 0x80 { return name.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return name }
        // One buffer written in place (no intermediate array); names up to 15 bytes stay inline.
        let count = name.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for byte in name.utf8 {
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
            }
            return index
        }
    }

    /// Whether two names are equal ignoring case (as their keys are), without building either key.
    static func equal(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        // No separate length check: different names almost always differ in their first bytes, and
        // scanning both for non-ASCII first cost more than the comparison itself.
        var left = first.utf8.makeIterator()
        var right = second.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil):
                return true
            case let (a?, b?):
                if a == b { continue }
                // Beyond ASCII, lowercasing is Unicode's (the Kelvin sign lowercases to `k`): compare the keys.
                if a >= 0x80 || b >= 0x80 { return of(first) == of(second) }
                let lowerA = a >= 0x41 && a <= 0x5A ? a | 0x20 : a
                let lowerB = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if lowerA != lowerB { return false }
            default:
                // One ended after an equal ASCII prefix; the other's rest lowercases to something, never to nothing.
                return false
            }
        }
    }
}
