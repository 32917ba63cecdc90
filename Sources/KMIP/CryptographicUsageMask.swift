/// What a key may be used for (KMIP 1.1 §9.1.3.3.1), sent as an Integer bit mask.
public struct CryptographicUsageMask: OptionSet, Sendable, Hashable, Codable {
    public var rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    public static let sign = CryptographicUsageMask(rawValue: 0x0000_0001)
    public static let verify = CryptographicUsageMask(rawValue: 0x0000_0002)
    public static let encrypt = CryptographicUsageMask(rawValue: 0x0000_0004)
    public static let decrypt = CryptographicUsageMask(rawValue: 0x0000_0008)
    public static let wrapKey = CryptographicUsageMask(rawValue: 0x0000_0010)
    public static let unwrapKey = CryptographicUsageMask(rawValue: 0x0000_0020)
    public static let export = CryptographicUsageMask(rawValue: 0x0000_0040)
    public static let macGenerate = CryptographicUsageMask(rawValue: 0x0000_0080)
    public static let macVerify = CryptographicUsageMask(rawValue: 0x0000_0100)
    public static let deriveKey = CryptographicUsageMask(rawValue: 0x0000_0200)
    public static let contentCommitment = CryptographicUsageMask(rawValue: 0x0000_0400)
    public static let keyAgreement = CryptographicUsageMask(rawValue: 0x0000_0800)
    public static let certificateSign = CryptographicUsageMask(rawValue: 0x0000_1000)
    public static let crlSign = CryptographicUsageMask(rawValue: 0x0000_2000)
}
