/// The type of a Name attribute value (KMIP 1.1 §9.1.3.2.10). Open: unknown codes are kept.
public struct NameType: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let uninterpretedTextString = NameType(rawValue: 0x01)
    public static let uri = NameType(rawValue: 0x02)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Uninterpreted Text String",
        0x02: "URI",
    ]
}

extension NameType: CustomStringConvertible {
    public var description: String {
        NameType.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
