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
}
