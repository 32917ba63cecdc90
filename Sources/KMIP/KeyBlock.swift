/// The key block of a symmetric key with byte-string material (Raw or Opaque format).
public struct KeyBlock: Sendable, Hashable {
    public var keyFormatType: KeyFormatType
    public var keyMaterial: [UInt8]
    public var cryptographicAlgorithm: CryptographicAlgorithm?
    public var cryptographicLength: Int32?

    public init(
        keyFormatType: KeyFormatType = .raw, keyMaterial: [UInt8],
        cryptographicAlgorithm: CryptographicAlgorithm? = nil, cryptographicLength: Int32? = nil
    ) {
        self.keyFormatType = keyFormatType
        self.keyMaterial = keyMaterial
        self.cryptographicAlgorithm = cryptographicAlgorithm
        self.cryptographicLength = cryptographicLength
    }

    var ttlv: TTLVItem {
        var fields = [
            TTLVItem(.keyFormatType, .enumeration(keyFormatType.rawValue)),
            .structure(.keyValue, [TTLVItem(.keyMaterial, .byteString(keyMaterial))]),
        ]
        if let cryptographicAlgorithm {
            fields.append(TTLVItem(.cryptographicAlgorithm, .enumeration(cryptographicAlgorithm.rawValue)))
        }
        if let cryptographicLength { fields.append(TTLVItem(.cryptographicLength, .integer(cryptographicLength))) }
        return .structure(.keyBlock, fields)
    }

    init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .keyBlock)
        keyFormatType = KeyFormatType(rawValue: try reader.enumeration(.keyFormatType))
        let keyValue = try StructureReader(try reader.item(.keyValue), expecting: .keyValue)
        guard let material = try keyValue.optionalByteString(.keyMaterial) else {
            throw .missingField(.keyMaterial, in: .keyValue)
        }
        keyMaterial = material
        cryptographicAlgorithm = try reader.optionalEnumeration(.cryptographicAlgorithm).map(CryptographicAlgorithm.init(rawValue:))
        cryptographicLength = try reader.optionalInteger(.cryptographicLength)
    }
}
