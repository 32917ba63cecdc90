import Foundation

/// A property name as a dictionary key that ignores case the way ``VariableKey`` does, without
/// building a lower-cased copy: looking a property up is hashing its name's bytes, nothing more.
struct PropertyName {
    let text: String

    init(_ text: String) { self.text = text }
}

extension PropertyName: Hashable {
    static func == (lhs: PropertyName, rhs: PropertyName) -> Bool { VariableKey.equal(lhs.text, rhs.text) }

    /// Equal names (equal lower-cased keys, which compare by canonical equivalence) must hash alike:
    /// ASCII text hashes its lower-cased bytes; other text hashes its lower-cased key, as the same bytes
    /// when that key's composed form is ASCII (the Kelvin sign lower-cases to `k`, the Greek question
    /// mark is canonically `;`), else with String's own normalizing hash.
    func hash(into hasher: inout Hasher) {
        if Self.isASCII(text) {
            Self.hashASCII(text, into: &hasher)
            return
        }
        let key = VariableKey.of(text)
        let composed = key.precomposedStringWithCanonicalMapping
        if Self.isASCII(composed) {
            Self.hashASCII(composed, into: &hasher)
        } else {
            hasher.combine(key)
        }
    }

    private static func isASCII(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 { return false }
        return true
    }

    /// The lower-cased bytes, eight at a time, then the length.
    private static func hashASCII(_ text: String, into hasher: inout Hasher) {
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            word |= UInt64(lower) &<< shift
            shift &+= 8
            count &+= 1
            if shift == 64 {
                hasher.combine(word)
                word = 0
                shift = 0
            }
        }
        hasher.combine(word)
        hasher.combine(count)
    }
}
