/// Why an object is revoked (KMIP 1.1 §9.1.3.2.19). Open: unknown codes are kept.
public struct RevocationReasonCode: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let unspecified = RevocationReasonCode(rawValue: 0x01)
    public static let keyCompromise = RevocationReasonCode(rawValue: 0x02)
    public static let caCompromise = RevocationReasonCode(rawValue: 0x03)
    public static let affiliationChanged = RevocationReasonCode(rawValue: 0x04)
    public static let superseded = RevocationReasonCode(rawValue: 0x05)
    public static let cessationOfOperation = RevocationReasonCode(rawValue: 0x06)
    public static let privilegeWithdrawn = RevocationReasonCode(rawValue: 0x07)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Unspecified",
        0x02: "Key Compromise",
        0x03: "CA Compromise",
        0x04: "Affiliation Changed",
        0x05: "Superseded",
        0x06: "Cessation Of Operation",
        0x07: "Privilege Withdrawn",
    ]
}

extension RevocationReasonCode: CustomStringConvertible {
    public var description: String {
        RevocationReasonCode.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
