/// An operation code (KMIP 1.1 §9.1.3.2.26, plus the 1.2 cryptographic operations). Open: unknown codes are kept.
public struct KMIPOperation: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let create = KMIPOperation(rawValue: 0x01)
    public static let createKeyPair = KMIPOperation(rawValue: 0x02)
    public static let register = KMIPOperation(rawValue: 0x03)
    public static let rekey = KMIPOperation(rawValue: 0x04)
    public static let deriveKey = KMIPOperation(rawValue: 0x05)
    public static let certify = KMIPOperation(rawValue: 0x06)
    public static let recertify = KMIPOperation(rawValue: 0x07)
    public static let locate = KMIPOperation(rawValue: 0x08)
    public static let check = KMIPOperation(rawValue: 0x09)
    public static let get = KMIPOperation(rawValue: 0x0A)
    public static let getAttributes = KMIPOperation(rawValue: 0x0B)
    public static let getAttributeList = KMIPOperation(rawValue: 0x0C)
    public static let addAttribute = KMIPOperation(rawValue: 0x0D)
    public static let modifyAttribute = KMIPOperation(rawValue: 0x0E)
    public static let deleteAttribute = KMIPOperation(rawValue: 0x0F)
    public static let obtainLease = KMIPOperation(rawValue: 0x10)
    public static let getUsageAllocation = KMIPOperation(rawValue: 0x11)
    public static let activate = KMIPOperation(rawValue: 0x12)
    public static let revoke = KMIPOperation(rawValue: 0x13)
    public static let destroy = KMIPOperation(rawValue: 0x14)
    public static let archive = KMIPOperation(rawValue: 0x15)
    public static let recover = KMIPOperation(rawValue: 0x16)
    public static let validate = KMIPOperation(rawValue: 0x17)
    public static let query = KMIPOperation(rawValue: 0x18)
    public static let cancel = KMIPOperation(rawValue: 0x19)
    public static let poll = KMIPOperation(rawValue: 0x1A)
    public static let notify = KMIPOperation(rawValue: 0x1B)
    public static let put = KMIPOperation(rawValue: 0x1C)
    public static let rekeyKeyPair = KMIPOperation(rawValue: 0x1D)
    public static let discoverVersions = KMIPOperation(rawValue: 0x1E)
    public static let encrypt = KMIPOperation(rawValue: 0x1F)
    public static let decrypt = KMIPOperation(rawValue: 0x20)
    public static let sign = KMIPOperation(rawValue: 0x21)
    public static let signatureVerify = KMIPOperation(rawValue: 0x22)
    public static let mac = KMIPOperation(rawValue: 0x23)
    public static let macVerify = KMIPOperation(rawValue: 0x24)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Create",
        0x02: "Create Key Pair",
        0x03: "Register",
        0x04: "Re-key",
        0x05: "Derive Key",
        0x06: "Certify",
        0x07: "Re-certify",
        0x08: "Locate",
        0x09: "Check",
        0x0A: "Get",
        0x0B: "Get Attributes",
        0x0C: "Get Attribute List",
        0x0D: "Add Attribute",
        0x0E: "Modify Attribute",
        0x0F: "Delete Attribute",
        0x10: "Obtain Lease",
        0x11: "Get Usage Allocation",
        0x12: "Activate",
        0x13: "Revoke",
        0x14: "Destroy",
        0x15: "Archive",
        0x16: "Recover",
        0x17: "Validate",
        0x18: "Query",
        0x19: "Cancel",
        0x1A: "Poll",
        0x1B: "Notify",
        0x1C: "Put",
        0x1D: "Re-key Key Pair",
        0x1E: "Discover Versions",
        0x1F: "Encrypt",
        0x20: "Decrypt",
        0x21: "Sign",
        0x22: "Signature Verify",
        0x23: "MAC",
        0x24: "MAC Verify",
    ]
}

extension KMIPOperation: CustomStringConvertible {
    public var description: String {
        KMIPOperation.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
