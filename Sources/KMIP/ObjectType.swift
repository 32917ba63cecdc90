/// The kind of managed object (KMIP 1.1 §9.1.3.2.12). Open: unknown codes are kept.
public struct ObjectType: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let certificate = ObjectType(rawValue: 0x01)
    public static let symmetricKey = ObjectType(rawValue: 0x02)
    public static let publicKey = ObjectType(rawValue: 0x03)
    public static let privateKey = ObjectType(rawValue: 0x04)
    public static let splitKey = ObjectType(rawValue: 0x05)
    public static let template = ObjectType(rawValue: 0x06)
    public static let secretData = ObjectType(rawValue: 0x07)
    public static let opaqueObject = ObjectType(rawValue: 0x08)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Certificate",
        0x02: "Symmetric Key",
        0x03: "Public Key",
        0x04: "Private Key",
        0x05: "Split Key",
        0x06: "Template",
        0x07: "Secret Data",
        0x08: "Opaque Object",
    ]
}

extension ObjectType: CustomStringConvertible {
    public var description: String {
        ObjectType.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
