/// How key material is formatted (KMIP 1.1 §9.1.3.2.3). Open: unknown codes are kept.
public struct KeyFormatType: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let raw = KeyFormatType(rawValue: 0x01)
    public static let opaque = KeyFormatType(rawValue: 0x02)
    public static let pkcs1 = KeyFormatType(rawValue: 0x03)
    public static let pkcs8 = KeyFormatType(rawValue: 0x04)
    public static let x509 = KeyFormatType(rawValue: 0x05)
    public static let ecPrivateKey = KeyFormatType(rawValue: 0x06)
    public static let transparentSymmetricKey = KeyFormatType(rawValue: 0x07)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Raw",
        0x02: "Opaque",
        0x03: "PKCS#1",
        0x04: "PKCS#8",
        0x05: "X.509",
        0x06: "ECPrivateKey",
        0x07: "Transparent Symmetric Key",
    ]
}

extension KeyFormatType: CustomStringConvertible {
    public var description: String {
        KeyFormatType.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
