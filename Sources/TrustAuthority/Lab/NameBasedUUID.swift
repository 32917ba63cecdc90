import Crypto

/// RFC 4122 version 5 style UUIDs (SHA-1 of a name): stable identifiers for lab objects that vSphere
/// gives random UUIDs, so transcripts replay the same on every machine.
enum NameBasedUUID {
    static func make(_ name: String) -> String {
        var bytes = Array(Insecure.SHA1.hash(data: Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }
}
