/// A cryptographic algorithm (KMIP 1.1 §9.1.3.2.13). Open: unknown codes are kept.
public struct CryptographicAlgorithm: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let des = CryptographicAlgorithm(rawValue: 0x01)
    public static let tripleDES = CryptographicAlgorithm(rawValue: 0x02)
    public static let aes = CryptographicAlgorithm(rawValue: 0x03)
    public static let rsa = CryptographicAlgorithm(rawValue: 0x04)
    public static let dsa = CryptographicAlgorithm(rawValue: 0x05)
    public static let ecdsa = CryptographicAlgorithm(rawValue: 0x06)
    public static let hmacSHA1 = CryptographicAlgorithm(rawValue: 0x07)
    public static let hmacSHA224 = CryptographicAlgorithm(rawValue: 0x08)
    public static let hmacSHA256 = CryptographicAlgorithm(rawValue: 0x09)
    public static let hmacSHA384 = CryptographicAlgorithm(rawValue: 0x0A)
    public static let hmacSHA512 = CryptographicAlgorithm(rawValue: 0x0B)
    public static let hmacMD5 = CryptographicAlgorithm(rawValue: 0x0C)
    public static let dh = CryptographicAlgorithm(rawValue: 0x0D)
    public static let ecdh = CryptographicAlgorithm(rawValue: 0x0E)
    public static let ecmqv = CryptographicAlgorithm(rawValue: 0x0F)
    public static let blowfish = CryptographicAlgorithm(rawValue: 0x10)
    public static let camellia = CryptographicAlgorithm(rawValue: 0x11)
    public static let cast5 = CryptographicAlgorithm(rawValue: 0x12)
    public static let idea = CryptographicAlgorithm(rawValue: 0x13)
    public static let mars = CryptographicAlgorithm(rawValue: 0x14)
    public static let rc2 = CryptographicAlgorithm(rawValue: 0x15)
    public static let rc4 = CryptographicAlgorithm(rawValue: 0x16)
    public static let rc5 = CryptographicAlgorithm(rawValue: 0x17)
    public static let skipjack = CryptographicAlgorithm(rawValue: 0x18)
    public static let twofish = CryptographicAlgorithm(rawValue: 0x19)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "DES",
        0x02: "3DES",
        0x03: "AES",
        0x04: "RSA",
        0x05: "DSA",
        0x06: "ECDSA",
        0x07: "HMAC-SHA1",
        0x08: "HMAC-SHA224",
        0x09: "HMAC-SHA256",
        0x0A: "HMAC-SHA384",
        0x0B: "HMAC-SHA512",
        0x0C: "HMAC-MD5",
        0x0D: "DH",
        0x0E: "ECDH",
        0x0F: "ECMQV",
        0x10: "Blowfish",
        0x11: "Camellia",
        0x12: "CAST5",
        0x13: "IDEA",
        0x14: "MARS",
        0x15: "RC2",
        0x16: "RC4",
        0x17: "RC5",
        0x18: "SKIPJACK",
        0x19: "Twofish",
    ]
}

extension CryptographicAlgorithm: CustomStringConvertible {
    public var description: String {
        CryptographicAlgorithm.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
