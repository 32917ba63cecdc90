/// Case-insensitive lookup keys for variables: an ASCII fast path, because variables are looked up
/// on every reference and full Unicode lowercasing dominated tight loops.
enum VariableKey {
    static func of(_ name: String) -> String {
        var hasUpper = false
        for byte in name.utf8 {
            if byte >= 0x80 { return name.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return name }
        return String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
